package dev.pith.seeds;

import dev.pith.Article;
import dev.pith.Block;
import dev.pith.Label;
import dev.pith.Page;
import dev.pith.Pith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every seed page cleans to its gold answer. */
class SeedPagesTest {

    private static final Pith PITH = Pith.defaults();

    static List<Seed> seeds() {
        return Seed.all();
    }

    private static Article clean(Seed s) {
        return PITH.clean(Page.text(s.page()));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void bodyIsTheGoldParagraphsInOrder(Seed s) {
        Article a = clean(s);
        List<String> expected = s.body();
        if (s.string("lead") != null && !a.body().isEmpty() && a.body().get(0).equals(s.string("lead"))) {
            expected = new ArrayList<>(expected);
            expected.add(0, s.string("lead")); // the gold allows the lead as the body's first paragraph
        }
        BodyAssert.assertParagraphs(expected, a.body());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void bodyHoldsNoneOfTheFurniture(Seed s) {
        String text = clean(s).text();
        for (String bad : s.strings("body_must_not_contain")) {
            assertFalse(text.contains(bad), () -> "body contains '" + bad + "'");
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void metadataEqualsGold(Seed s) {
        Article a = clean(s);
        assertEquals(s.string("title"), a.title(), "title");
        assertEquals(s.string("published"), a.published() == null ? null : a.published().toString(), "published");
        assertEquals(s.strings("authors"), a.authors(), "authors");
        assertEquals(s.string("publisher"), a.publisher(), "publisher");
        assertEquals(s.string("language"), a.language(), "language");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void sectionCaptionsAndCreditsEqualGold(Seed s) {
        Article a = clean(s);
        assertEquals(s.strings("section"), a.section(), "section");
        assertEquals(s.strings("captions"), a.captions(), "captions");
        if (s.has("credits")) {
            assertEquals(s.strings("credits"), a.credits(), "credits");
        }
        if (s.has("lead")) {
            assertEquals(s.string("lead"), a.lead(), "lead");
        }
    }

    /**
     * The site's name is found when the page shows it on a line of its own (a banner); a name that
     * appears only inside a sentence (a login prompt's "connect with X") is not looked for.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void siteNameEqualsGoldWhenThePageShowsItAsABanner(Seed s) {
        String gold = s.string("site_name");
        Article a = clean(s);
        boolean banner = gold != null && s.lines().stream().map(String::strip)
                .anyMatch(l -> l.equals(gold) || l.startsWith(gold + " - ") || l.startsWith(gold + " | "));
        if (banner) {
            assertEquals(gold, a.siteName());
        } else {
            assertTrue(a.siteName() == null || a.siteName().equals(gold), () -> "unexpected site name " + a.siteName());
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyBlockHasALabelAndAReason(Seed s) {
        Article a = clean(s);
        assertFalse(a.blocks().isEmpty());
        for (int i = 0; i < a.blocks().size(); i++) {
            Block b = a.blocks().get(i);
            assertEquals(i, b.index());
            assertNotNull(b.label());
            assertFalse(b.reason().isBlank(), () -> "no reason for " + b);
        }
        long bodyBlocks = a.blocks().stream().filter(b -> b.label() == Label.BODY).count();
        assertEquals(a.body().size(), bodyBlocks);
    }
}
