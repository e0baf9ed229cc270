package dev.pith.classify;

import dev.pith.doc.Document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list that closes the article: the run of prose ends where its items begin, because an item ("1)
 * Lego Star Wars 75188", "2 cups of flour") is too short to read as prose. A list belongs to the article
 * when the last paragraph introduces it ("Here are the offers:") or when its items are numbered from
 * one; it ends at the first block that is not an item. The introduction may also be the line right after
 * the last paragraph, when two items at least follow it.
 */
final class ClosingList {

    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})[.)]\\s");
    private static final int MAX_ITEM_WORDS = 40;
    private static final int MAX_ITEMS = 200;
    static final int MIN_INTRO_WORDS = 3;
    private static final int MAX_INTRO_WORDS = 12;

    private ClosingList() {
    }

    /** The index of the list's last item after block {@code end}, or {@code end} when no list follows. */
    static int extend(Document doc, int end) {
        if (end < 0 || end + 1 >= doc.size()) {
            return end;
        }
        boolean introduced = doc.text(end).endsWith(":");
        int first = next(doc, end);
        if (first < 0) {
            return end;
        }
        if (!introduced && isIntroduction(doc, first)) {
            // "The measures are:" on a line of its own scores too low to end the run, but still opens the list.
            int item = next(doc, first);
            int second = item < 0 ? -1 : next(doc, item);
            return second >= 0 && isItem(doc, item) && isItem(doc, second) ? extend(doc, first) : end;
        }
        int expected = number(doc.text(first));
        if (!introduced && expected != 1) {
            return end;
        }
        return lastItem(doc, end, first, !introduced);
    }

    /**
     * The last of the items that start at block {@code first}, or {@code before} when there is none. Items
     * that carry a bullet (or sit in a list element) end where the bullets do: the next line without one
     * is prose again. {@code numbered} items must count on from the first one's number.
     */
    static int lastItem(Document doc, int before, int first, boolean numbered) {
        boolean bulleted = doc.segment(first).inList();
        int expected = number(doc.text(first));
        int last = before;
        int i = first;
        for (int items = 0; i >= 0 && items < MAX_ITEMS && isItem(doc, i) && (!bulleted || doc.segment(i).inList()); items++) {
            if (numbered) {
                if (number(doc.text(i)) != expected) {
                    break;
                }
                expected++;
            }
            last = i;
            i = next(doc, i);
        }
        return last;
    }

    /**
     * A short line of its own that ends with a colon, written as words of a sentence ("The measures
     * are:"): it introduces a list. A one- or two-word label ("Tags:", "Related topics:") heads the
     * page's lists of links instead.
     */
    static boolean isIntroduction(Document doc, int i) {
        int words = doc.stats(i).words();
        return !doc.isDecided(i) && words >= MIN_INTRO_WORDS && words <= MAX_INTRO_WORDS && doc.text(i).endsWith(":");
    }

    /** The next block after {@code i} that is not media, or -1. */
    static int next(Document doc, int i) {
        for (int j = i + 1; j < doc.size(); j++) {
            if (!doc.is(j, dev.pith.Label.MEDIA)) {
                return j;
            }
        }
        return -1;
    }

    static boolean isItem(Document doc, int i) {
        return !doc.isDecided(i) && doc.stats(i).words() > 0 && doc.stats(i).words() <= MAX_ITEM_WORDS;
    }

    static int number(String text) {
        Matcher m = NUMBERED.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
