package dev.pith.meta;

import dev.pith.Label;
import dev.pith.date.DateClaim;
import dev.pith.date.DateMention;
import dev.pith.date.DateSource;
import dev.pith.date.RelativeDates;
import dev.pith.doc.Document;
import dev.pith.rules.MastheadRule;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The date printed by the headline: on a line below it (a date line, a byline with a time) or just
 * above it (a section label with the date), before the body starts or in its first lines. The window
 * is kept tight on purpose: a masthead's "today" sits at the top of the page and teasers' dates after
 * the body, and neither is the article's.
 *
 * <p>Whatever label a line near the headline got does not matter here: a date line reads like a
 * teaser's timestamp or a menu entry to the furniture rules, yet by the headline it dates the article.
 * The exception is a line the masthead rule recognised by its words. Further down, only lines the rules took for a date line or byline count. A line that starts with
 * its date, or is mostly date, is preferred to one that merely mentions a date (a headline about
 * "the 11th to 12th July races").
 */
final class HeaderDate {

    /** Lines above the headline that may still carry its date (the section label, then the date). */
    private static final int ABOVE = 2;
    /** Lines below the headline taken whatever their label (byline, date, share bar, picture). */
    private static final int NEAR = 8;
    /** Lines of the body's start searched too: a date line may follow a one-line standfirst. */
    private static final int INTO_BODY = 3;
    /** A line longer than this is a sentence that mentions a date, not a date line. */
    private static final int MAX_WORDS = 24;
    /** A date that starts this close to a line's start leads it. */
    private static final int LEADING_CHARS = 3;
    /** A date taking this share of a line's characters dominates it. */
    private static final double DOMINANT_SHARE = 0.3;

    private HeaderDate() {
    }

    static Optional<DateClaim> find(Document doc) {
        int title = first(doc, Label.TITLE, 0);
        int body = first(doc, Label.BODY, Math.max(title, 0));
        if (body < 0) {
            return Optional.empty();
        }
        if (title < 0) {
            return scan(doc, Math.max(0, body - ABOVE), Math.min(doc.size(), body + INTO_BODY), -1, "by the body's start");
        }
        Optional<DateClaim> below = scan(doc, title + 1, Math.min(doc.size(), body + INTO_BODY), title + NEAR, "below the headline");
        return below.isPresent() ? below : scan(doc, Math.max(0, title - ABOVE), title, title, "above the headline");
    }

    /**
     * The best date line in [from, to); past {@code anyLabelUntil} only date lines and bylines count.
     * A relative time counts only when no line gives a date of its own.
     */
    private static Optional<DateClaim> scan(Document doc, int from, int to, int anyLabelUntil, String where) {
        DateClaim mentioned = null;
        DateClaim relative = null;
        Optional<OffsetDateTime> reference = doc.page().referenceTime();
        for (int i = from; i < to; i++) {
            boolean labelled = doc.is(i, Label.DATELINE) || doc.is(i, Label.BYLINE);
            boolean far = anyLabelUntil >= 0 && i > anyLabelUntil;
            if (doc.stats(i).words() > MAX_WORDS || far && !labelled || isMasthead(doc, i)) {
                continue;
            }
            String place = "(block " + i + ", " + where + ")";
            List<DateMention> dates = doc.dates(i);
            if (!dates.isEmpty()) {
                DateMention m = dates.get(0);
                DateClaim claim = new DateClaim(far ? DateSource.DATELINE : DateSource.HEADER_TEXT, m.value(), place);
                if (leads(m, doc.text(i))) {
                    return Optional.of(claim);
                }
                mentioned = mentioned == null ? claim : mentioned;
            } else if (relative == null && reference.isPresent()) {
                int block = i;
                relative = RelativeDates.builtIn().resolve(doc.text(i), reference.get())
                        .map(t -> new DateClaim(DateSource.RELATIVE_TEXT, t, "(block " + block + ", " + where + ")")).orElse(null);
            }
        }
        return Optional.ofNullable(mentioned != null ? mentioned : relative);
    }

    /**
     * Whether the masthead rule recognised the line by its own evidence ("Today's Paper", the weather):
     * then its date is the day the page was fetched. A masthead label the layout gave by position alone
     * does not count, since a date line right above the headline is where many sites date the article.
     */
    private static boolean isMasthead(Document doc, int i) {
        return doc.is(i, Label.MASTHEAD) && doc.verdict(i).rule().equals(MastheadRule.NAME);
    }

    private static boolean leads(DateMention m, String text) {
        return m.start() <= LEADING_CHARS || (double) m.length() / text.length() >= DOMINANT_SHARE;
    }

    private static int first(Document doc, Label label, int from) {
        for (int i = from; i < doc.size(); i++) {
            if (doc.is(i, label)) {
                return i;
            }
        }
        return -1;
    }
}
