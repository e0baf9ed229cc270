package dev.pith.seeds;

import dev.pith.lexicon.DataFile;
import dev.pith.lexicon.PhraseMatcher;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Furniture knowledge is general: no lexicon phrase is a seed's headline, site name or one of its
 * paragraphs, and no phrase of three or more words is copied from the seeds' own text unless it is
 * standard furniture wording shared across sites.
 */
class LexiconGeneralityTest {

    private static List<String> phrases() {
        List<String> out = new ArrayList<>();
        String root = "/dev/pith/lexicon/";
        for (String lang : DataFile.lines(root + "languages.txt")) {
            DataFile.lines(root + lang + ".txt").stream()
                    .filter(l -> !l.matches("\\[[a-z-]+\\]"))
                    .map(PhraseMatcher::normalize).forEach(out::add);
        }
        return out;
    }

    @Test
    void noPhraseIsASeedsHeadlineSiteOrParagraph() throws IOException {
        List<String> phrases = phrases();
        for (Seed s : Seed.all()) {
            List<String> specific = new ArrayList<>();
            specific.add(s.string("title"));
            if (s.string("site_name") != null) {
                specific.add(s.string("site_name"));
            }
            specific.addAll(s.body());
            for (String text : specific) {
                String norm = PhraseMatcher.normalize(text);
                assertTrue(!phrases.contains(norm), () -> s + ": lexicon holds '" + norm + "'");
            }
        }
    }

    @Test
    void noLongPhraseIsCopiedFromTheSeedsBodies() throws IOException {
        Set<String> bodies = new java.util.HashSet<>();
        for (Seed s : Seed.all()) {
            s.body().forEach(p -> bodies.add(PhraseMatcher.normalize(p)));
        }
        for (String p : phrases()) {
            if (p.split(" ").length >= 3) {
                for (String body : bodies) {
                    assertTrue(PhraseMatcher.indexOf(body, p) < 0, () -> "lexicon phrase '" + p + "' occurs in a seed's body");
                }
            }
        }
    }
}
