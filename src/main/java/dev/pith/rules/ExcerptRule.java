package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A block cut short ("...", "…", "[...]") whose text opens another, longer block of the page: the
 * excerpt a teaser list prints of a story (often of the article itself, in the page's "Latest news").
 * Being cut short and copied says it is a teaser, wherever it stands.
 *
 * <p>Stateless and thread-safe.
 */
public final class ExcerptRule implements Rule {

    /** The excerpt's text before the cut must be this long: a sentence, not a common phrase. */
    static final int MIN_CHARS = 40;
    private static final String[] CUTS = {"[...]", "[…]", "(...)", "(…)", "...", "…"};

    @Override
    public String name() {
        return "excerpt";
    }

    @Override
    public void apply(Document doc) {
        List<Integer> cut = new ArrayList<>();
        for (int i = 0; i < doc.size(); i++) {
            String before = doc.isDecided(i) ? null : beforeCut(doc.normalized(i));
            if (before != null && before.length() >= MIN_CHARS) {
                cut.add(i);
            }
        }
        if (cut.isEmpty()) {
            return; // most pages: no block is cut short, and the page need not be indexed
        }
        Map<String, List<Integer>> byOpening = new HashMap<>();
        for (int i = 0; i < doc.size(); i++) {
            String norm = doc.normalized(i);
            if (norm.length() >= MIN_CHARS) {
                byOpening.computeIfAbsent(norm.substring(0, MIN_CHARS), k -> new ArrayList<>(1)).add(i);
            }
        }
        for (int i : cut) {
            String before = beforeCut(doc.normalized(i));
            for (int j : byOpening.getOrDefault(before.substring(0, MIN_CHARS), List.of())) {
                String other = doc.normalized(j);
                if (j != i && other.length() > before.length() && other.startsWith(before)) {
                    doc.decide(i, Label.TEASER, name(), "the opening of block " + j + ", cut short: an excerpt");
                    break;
                }
            }
        }
    }

    /** The text before a closing ellipsis, stripped, or null when the text does not end cut short. */
    static String beforeCut(String norm) {
        for (String cut : CUTS) {
            if (norm.endsWith(cut)) {
                return norm.substring(0, norm.length() - cut.length()).strip();
            }
        }
        return null;
    }
}
