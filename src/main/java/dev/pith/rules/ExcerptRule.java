package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A block cut short ("...", "…", "[...]") whose text opens another block of the page that goes on past
 * the cut (not another copy of the same excerpt): the
 * excerpt a teaser list prints of a story (often of the article itself, in the page's "Latest news").
 * Being cut short and copied says it is a teaser, wherever it stands.
 *
 * <p>Stateless and thread-safe.
 */
public final class ExcerptRule implements Rule {

    /** The excerpt's text before the cut must be this long: a sentence, not a common phrase. */
    static final int MIN_CHARS = 40;
    /**
     * How many texts that start like an excerpt are compared with it: its copies and its source stand
     * first among them; more is a page of lines that all open alike, and reading them all would make
     * such a page quadratic.
     */
    private static final int MAX_LOOKS = 16;
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
        // The page's texts in order: those that start with an excerpt's text stand together right at
        // its place, so each excerpt costs a binary search and a few comparisons, however many blocks
        // share its first words.
        Integer[] sorted = new Integer[doc.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i;
        }
        Arrays.sort(sorted, Comparator.comparing(doc::normalized));
        for (int i : cut) {
            String excerpt = doc.normalized(i);
            String before = beforeCut(excerpt);
            int at = firstAtLeast(doc, sorted, before);
            for (int k = at; k < sorted.length && k < at + MAX_LOOKS; k++) {
                int j = sorted[k];
                String other = doc.normalized(j);
                if (!other.startsWith(before)) {
                    break;
                }
                if (other.length() > excerpt.length()) {
                    doc.decide(i, Label.TEASER, name(), "the opening of block " + j + ", cut short: an excerpt");
                    break;
                }
            }
        }
    }

    /** The first position in {@code sorted} whose text is not below {@code key}. */
    private static int firstAtLeast(Document doc, Integer[] sorted, String key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (doc.normalized(sorted[mid]).compareTo(key) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
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
