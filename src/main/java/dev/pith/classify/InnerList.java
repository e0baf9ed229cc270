package dev.pith.classify;

import dev.pith.doc.Document;

import java.util.BitSet;

/**
 * A list inside the article: a line of three words or more that ends with a colon ("The regional award
 * winners are:"; "Tags:" heads links), then two or more
 * items that carry a bullet (or sit in a list element) or are numbered from one, then the article goes
 * on. Each item is too short to read as prose, so four items cost the run as much as a menu would and
 * cut the article in two; as the article introduced them, they cost it nothing and are its body.
 *
 * <p>Only lists with that structural evidence count: short lines after a colon without bullets or
 * numbers may as well be the page's links under "Follow us:".
 */
final class InnerList {

    private InnerList() {
    }

    /** The introductions and items of every list the page's lines introduce. */
    static BitSet of(Document doc) {
        BitSet out = new BitSet();
        for (int i = 0; i < doc.size(); i++) {
            if (doc.isDecided(i) || !doc.text(i).endsWith(":") || doc.stats(i).words() < ClosingList.MIN_INTRO_WORDS) {
                continue;
            }
            int last = lastItem(doc, i);
            if (last > i) {
                out.set(i, last + 1);
                i = last;
            }
        }
        return out;
    }

    /** The last item of the list that block {@code intro} introduces, or {@code intro} when there is none. */
    private static int lastItem(Document doc, int intro) {
        int first = ClosingList.next(doc, intro);
        if (first < 0 || !ClosingList.isItem(doc, first)) {
            return intro;
        }
        boolean bulleted = doc.segment(first).inList();
        if (!bulleted && ClosingList.number(doc.text(first)) != 1) {
            return intro;
        }
        int last = ClosingList.lastItem(doc, intro, first, !bulleted);
        // Two items at least: the last one stands past the first.
        return last > first ? last : intro;
    }
}
