package dev.pith.classify;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.text.SubstringFinder;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The subheadings of an article in a text dump, where no heading markup says what they are: short
 * lines of their own, each with a paragraph of the article right above and right below it (a picture
 * or a drawn rule between them does not count), when the
 * article has at least two. A subheading divides an article into sections, so there is more than one;
 * a lone short line between two paragraphs is as often a teaser for another story, an ad's label or a
 * pull quote, and stays out.
 *
 * <p>A candidate is also a line the page prints nowhere else (a link the page lists again, alone or
 * within a run-together list, is furniture), one in the article's language, and no web address.
 *
 * <p>Stateless and thread-safe.
 */
final class Subheadings {

    private static final int MIN_WORDS = 2;
    static final int MAX_WORDS = 16;
    private static final int MIN_COUNT = 2;

    private Subheadings() {
    }

    /** The subheadings inside {@code prose}, empty when there are fewer than two or the page is HTML. */
    static BitSet of(Document doc, MainRun prose, boolean[] body) {
        if (prose.isEmpty()) {
            return new BitSet();
        }
        List<Integer> candidates = new ArrayList<>();
        for (int i = prose.start() + 1; i < prose.end(); i++) {
            if (isCandidate(doc, i, body)) {
                candidates.add(i);
            }
        }
        BitSet found = new BitSet();
        if (candidates.size() < MIN_COUNT) {
            return found;
        }
        BitSet reprinted = printedElsewhere(doc, candidates);
        for (int i : candidates) {
            if (!reprinted.get(i)) {
                found.set(i);
            }
        }
        return found.cardinality() >= MIN_COUNT ? found : new BitSet();
    }

    /** {@code body} says which blocks read as the article's paragraphs (undecided, scoring as prose). */
    private static boolean isCandidate(Document doc, int i, boolean[] body) {
        if (doc.isDecided(i) || body[i] || doc.segment(i).structure().isMarkup()) {
            return false;
        }
        int words = doc.stats(i).words();
        return words >= MIN_WORDS && words <= MAX_WORDS && isBody(doc, body, i, -1) && isBody(doc, body, i, 1)
                && !doc.text(i).contains("://") && !doc.isForeign(i, doc.language());
    }

    /**
     * Whether the nearest block in direction {@code step} from {@code i}, past pictures and rules drawn
     * with symbols ("━━━━", "* * *"), reads as a paragraph.
     */
    private static boolean isBody(Document doc, boolean[] body, int i, int step) {
        int k = i + step;
        while (k >= 0 && k < body.length && (doc.is(k, Label.MEDIA) || isRepeatedDescription(doc, k) || doc.stats(k).letters() == 0)) {
            k += step;
        }
        return k >= 0 && k < body.length && body[k];
    }

    /**
     * Whether block {@code k} repeats a paragraph-long text printed earlier: a picture's description
     * shown again under each picture of a post, which stands between a subheading and its paragraph
     * as the picture itself would. A repeated short line is a teaser card's headline or label instead.
     */
    private static boolean isRepeatedDescription(Document doc, int k) {
        return doc.is(k, Label.DUPLICATE) && doc.stats(k).words() > MAX_WORDS;
    }

    /**
     * The candidates whose line the page prints somewhere else: alone as another block with the same
     * text (the document knows its exact repeats), or within a longer block. One search over the page
     * finds all the remaining lines at once; they are distinct, since none is repeated.
     */
    private static BitSet printedElsewhere(Document doc, List<Integer> candidates) {
        BitSet reprinted = new BitSet();
        List<Integer> unique = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (int i : candidates) {
            if (doc.firstCopy(i) >= 0 || doc.isRepeatedLater(i)) {
                reprinted.set(i);
            } else {
                unique.add(i);
                lines.add(doc.normalized(i));
            }
        }
        if (lines.isEmpty()) {
            return reprinted;
        }
        SubstringFinder finder = SubstringFinder.of(lines);
        for (int j = 0; j < doc.size(); j++) {
            int length = doc.normalized(j).length();
            // A match as long as the block is the line's own block: no other block has its text.
            finder.search(doc.normalized(j), k -> {
                if (length > lines.get(k).length()) {
                    reprinted.set(unique.get(k));
                }
            });
        }
        return reprinted;
    }
}
