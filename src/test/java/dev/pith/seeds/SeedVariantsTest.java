package dev.pith.seeds;

import dev.pith.Article;
import dev.pith.Block;
import dev.pith.Label;
import dev.pith.Page;
import dev.pith.Pith;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The seeds' answers do not hang on their exact furniture: the same article under another page's
 * furniture, another article under the same furniture, the furniture reordered, teaser lines from
 * other pages dropped between paragraphs, and the blank lines removed all give the expected body.
 * Nothing here knows any seed's wording; the expected answers come from the gold files.
 */
class SeedVariantsTest {

    private static final Pith PITH = Pith.defaults();
    private static final List<Seed> SEEDS = Seed.all();

    static Stream<Arguments> pairs() {
        List<Arguments> out = new ArrayList<>();
        for (Seed a : SEEDS) {
            for (Seed b : SEEDS) {
                if (a != b) {
                    out.add(Arguments.of(a, b));
                }
            }
        }
        return out.stream();
    }

    static List<Seed> seeds() {
        return SEEDS;
    }

    private static List<String> body(String page) {
        return PITH.clean(Page.text(page)).body();
    }

    /** The gold body, allowing the lead as its first paragraph as the gold does. */
    private static void assertBody(Seed s, Article a) {
        List<String> expected = new ArrayList<>(s.body());
        if (s.string("lead") != null && !a.body().isEmpty() && a.body().get(0).equals(s.string("lead"))) {
            expected.add(0, s.string("lead"));
        }
        BodyAssert.assertParagraphs(expected, a.body());
    }

    @ParameterizedTest(name = "{0}'s article under {1}'s furniture")
    @MethodSource("pairs")
    void articleUnderAnotherPagesFurniture(Seed article, Seed furniture) {
        SeedLayout a = SeedLayout.of(article);
        SeedLayout f = SeedLayout.of(furniture);
        List<String> page = new ArrayList<>(f.header());
        page.addAll(a.article());
        page.addAll(f.trailer());
        Article result = PITH.clean(Page.text(SeedLayout.join(page)));
        assertBody(article, result);
        assertEquals(article.string("title"), result.title());
    }

    @ParameterizedTest(name = "{1}'s paragraphs in {0}'s page")
    @MethodSource("pairs")
    void anotherArticlesParagraphsUnderTheSameFurniture(Seed page, Seed paragraphs) {
        SeedLayout p = SeedLayout.of(page);
        List<String> replacement = paragraphs.body();
        List<String> article = new ArrayList<>(p.article());
        List<Integer> slots = p.bodyLines();
        // Fill the page's body lines with the other paragraphs; extra paragraphs follow the last slot,
        // surplus slots are emptied.
        for (int k = 0; k < slots.size(); k++) {
            article.set(slots.get(k), k < replacement.size() ? replacement.get(k) : "");
        }
        int last = slots.get(slots.size() - 1);
        List<String> extra = new ArrayList<>();
        for (int k = slots.size(); k < replacement.size(); k++) {
            extra.add("");
            extra.add(replacement.get(k));
        }
        article.addAll(last + 1, extra);
        List<String> lines = new ArrayList<>(p.header());
        lines.addAll(article);
        lines.addAll(p.trailer());
        BodyAssert.assertParagraphs(replacement, body(SeedLayout.join(lines)));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void blankLinesRemoved(Seed s) {
        String page = SeedLayout.join(s.lines().stream().filter(l -> !l.isBlank()).toList());
        assertBody(s, PITH.clean(Page.text(page)));
    }

    @Property(tries = 60)
    void trailingFurnitureInAnyOrder(@ForAll("seedIndex") int which, @ForAll long seed) {
        Seed s = SEEDS.get(which);
        SeedLayout l = SeedLayout.of(s);
        List<List<String>> chunks = SeedLayout.chunks(l.trailer());
        java.util.Collections.shuffle(chunks, new Random(seed));
        List<String> lines = new ArrayList<>(l.header());
        lines.addAll(l.article());
        chunks.forEach(lines::addAll);
        assertBody(s, PITH.clean(Page.text(SeedLayout.join(lines))));
    }

    /**
     * A link line from any page's trailer (not a sentence) dropped between two paragraphs is not body
     * and does not cut the body short. Lines that mark the article's end (a byline, a source line, a
     * comment prompt) are left out: after them a page is taken to be over.
     */
    @Property(tries = 80)
    void teaserLinesBetweenParagraphsAreDropped(@ForAll("seedIndex") int which, @ForAll("teaserLine") String teaser,
                                                @ForAll long seed) {
        Seed s = SEEDS.get(which);
        SeedLayout l = SeedLayout.of(s);
        List<Integer> slots = l.bodyLines();
        int after = slots.get(new Random(seed).nextInt(slots.size() - 1));
        List<String> article = new ArrayList<>(l.article());
        article.addAll(after + 1, List.of("", teaser, ""));
        List<String> lines = new ArrayList<>(l.header());
        lines.addAll(article);
        lines.addAll(l.trailer());
        assertBody(s, PITH.clean(Page.text(SeedLayout.join(lines))));
    }

    @Provide
    Arbitrary<Integer> seedIndex() {
        return Arbitraries.integers().between(0, SEEDS.size() - 1);
    }

    @Provide
    Arbitrary<String> teaserLine() {
        Set<Label> endMarkers = EnumSet.of(Label.BYLINE, Label.SOURCE, Label.COMMENTS, Label.POLICY);
        List<String> candidates = new ArrayList<>();
        for (Seed s : SEEDS) {
            SeedLayout layout = SeedLayout.of(s);
            Article a = PITH.clean(Page.text(s.page()));
            Set<String> trailer = new java.util.HashSet<>();
            layout.trailer().forEach(line -> trailer.add(SeedLayout.trim(line)));
            for (Block b : a.blocks()) {
                String t = b.text();
                if (trailer.contains(t) && !endMarkers.contains(b.label()) && t.length() > 3 && !t.matches(".*[.!?。]$")) {
                    candidates.add(t);
                }
            }
        }
        return Arbitraries.of(candidates);
    }
}
