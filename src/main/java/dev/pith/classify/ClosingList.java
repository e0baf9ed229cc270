package dev.pith.classify;

import dev.pith.doc.Document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list that closes the article: the run of prose ends where its items begin, because an item ("1)
 * Lego Star Wars 75188", "2 cups of flour") is too short to read as prose. A list belongs to the article
 * when the last paragraph introduces it ("Here are the offers:") or when its items are numbered from
 * one; it ends at the first block that is not an item.
 */
final class ClosingList {

    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})[.)]\\s");
    private static final int MAX_ITEM_WORDS = 40;
    private static final int MAX_ITEMS = 200;

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
        int expected = number(doc.text(first));
        if (!introduced && expected != 1) {
            return end;
        }
        int last = end;
        int i = first;
        for (int items = 0; i >= 0 && items < MAX_ITEMS && isItem(doc, i); items++) {
            if (!introduced) {
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

    /** The next block after {@code i} that is not media, or -1. */
    private static int next(Document doc, int i) {
        for (int j = i + 1; j < doc.size(); j++) {
            if (!doc.is(j, dev.pith.Label.MEDIA)) {
                return j;
            }
        }
        return -1;
    }

    private static boolean isItem(Document doc, int i) {
        return !doc.isDecided(i) && doc.stats(i).words() > 0 && doc.stats(i).words() <= MAX_ITEM_WORDS;
    }

    private static int number(String text) {
        Matcher m = NUMBERED.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
