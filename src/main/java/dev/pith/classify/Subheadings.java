package dev.pith.classify;

import dev.pith.doc.Document;

import java.util.BitSet;

/**
 * The subheadings of an article in a text dump, where no heading markup says what they are: short
 * lines of their own, each with a paragraph of the article right above and right below it, when the
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
    private static final int MAX_WORDS = 16;
    private static final int MIN_COUNT = 2;

    private Subheadings() {
    }

    /** The subheadings inside {@code prose}, empty when there are fewer than two or the page is HTML. */
    static BitSet of(Document doc, MainRun prose, boolean[] body) {
        BitSet found = new BitSet();
        if (prose.isEmpty()) {
            return found;
        }
        for (int i = prose.start() + 1; i < prose.end(); i++) {
            if (isCandidate(doc, i, body)) {
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
        return words >= MIN_WORDS && words <= MAX_WORDS && body[i - 1] && body[i + 1]
                && !doc.text(i).contains("://") && !printedElsewhere(doc, i) && !doc.isForeign(i, doc.language());
    }

    /** The same line anywhere else on the page, alone (an exact repeat) or within another block. */
    private static boolean printedElsewhere(Document doc, int i) {
        String line = doc.normalized(i);
        for (int j = 0; j < doc.size(); j++) {
            if (j != i && doc.normalized(j).contains(line)) {
                return true;
            }
        }
        return false;
    }
}
