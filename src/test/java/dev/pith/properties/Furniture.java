package dev.pith.properties;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.List;

/**
 * Generated site furniture, as pages show it around and inside articles: navigation lists,
 * breadcrumbs, related headlines with timestamps, share bars, login and comment prompts, cookie
 * notices, and sidebars in other languages and scripts. Each piece is a list of lines (list items
 * where the page would show a list), so a failing page shrinks to a few short lines.
 */
final class Furniture {

    /** One piece of furniture: its lines, and whether they form a list. */
    record Piece(List<String> lines, boolean list, Kind kind) {
    }

    /** Where a kind of furniture may stand: anywhere, or only outside the article. */
    enum Kind { INLINE, OUTSIDE }

    private static final List<String> NAV = List.of("Home", "World", "Business", "Sports", "Opinion", "Politics",
            "Technology", "Science", "Health", "Video", "Podcasts", "Newsletters", "Subscribe", "Log in");
    private static final List<String> HEADLINES = List.of("Markets slide as investors weigh rate outlook",
            "Storm leaves thousands without power across the region", "City council delays vote on new stadium",
            "Scientists map the deep ocean floor in new detail", "Rail strike set to disrupt weekend travel",
            "Museum returns artefacts to their country of origin");
    private static final List<String> FOREIGN = List.of("国务院召开常务会议部署经济工作", "東京の株価が大幅に上昇",
            "서울시 새 교통 정책 발표", "В Москве прошла международная выставка", "الحكومة تعلن عن خطة جديدة للطاقة",
            "รัฐบาลประกาศมาตรการใหม่ด้านเศรษฐกิจ", "Thủ tướng chủ trì hội nghị về kinh tế");

    private Furniture() {
    }

    static Arbitrary<Piece> any() {
        return Arbitraries.oneOf(navigation(), breadcrumb(), teasers(), shareBar(), foreignSidebar(), relatedHeading(),
                prompts(), cookieNotice());
    }

    /**
     * Furniture that can stand between two paragraphs of an article: a small box (one or two related
     * links, a share bar, a "Related" heading). A long list between paragraphs is, in a text dump,
     * indistinguishable from a list the article itself makes, so it is not generated there.
     */
    static Arbitrary<Piece> inline() {
        return Arbitraries.oneOf(teasers(), shareBar(), foreignSidebar(), relatedHeading())
                .filter(p -> p.lines().size() <= 2);
    }

    static Arbitrary<Piece> navigation() {
        return Arbitraries.of(NAV).list().ofMinSize(3).ofMaxSize(10).uniqueElements()
                .map(l -> new Piece(l, true, Kind.OUTSIDE));
    }

    static Arbitrary<Piece> breadcrumb() {
        return Arbitraries.of(NAV).list().ofMinSize(2).ofMaxSize(3).uniqueElements()
                .map(l -> new Piece(List.of("Home > " + String.join(" > ", l)), false, Kind.OUTSIDE));
    }

    static Arbitrary<Piece> teasers() {
        Arbitrary<String> stamped = Combinators.combine(Arbitraries.of(HEADLINES), Arbitraries.integers().between(1, 28),
                Arbitraries.integers().between(0, 23)).as((h, d, hr) -> String.format("%s 2024-03-%02d %02d:15", h, d, hr));
        return stamped.list().ofMinSize(1).ofMaxSize(5).map(l -> new Piece(l, true, Kind.INLINE));
    }

    static Arbitrary<Piece> shareBar() {
        return Arbitraries.of(List.of("Share", "Facebook", "Twitter", "Email", "Print", "WhatsApp", "LinkedIn"))
                .list().ofMinSize(2).ofMaxSize(5).uniqueElements()
                .map(l -> new Piece(List.of(String.join(" ", l)), false, Kind.INLINE));
    }

    static Arbitrary<Piece> foreignSidebar() {
        return Arbitraries.of(FOREIGN).list().ofMinSize(1).ofMaxSize(6).map(l -> new Piece(l, true, Kind.INLINE));
    }

    static Arbitrary<Piece> relatedHeading() {
        return Arbitraries.of("Related Articles", "Read more", "Most read", "You may also like", "Related stories")
                .map(h -> new Piece(List.of(h), false, Kind.INLINE));
    }

    static Arbitrary<Piece> prompts() {
        return Arbitraries.of("Log in to comment", "Comments (12)", "Leave a comment", "Sign up for our newsletter",
                "Please log in to post a comment.").map(p -> new Piece(List.of(p), false, Kind.OUTSIDE));
    }

    static Arbitrary<Piece> cookieNotice() {
        return Arbitraries.just(new Piece(List.of("We use cookies to improve your experience. By using this website you accept cookies."),
                false, Kind.OUTSIDE));
    }
}
