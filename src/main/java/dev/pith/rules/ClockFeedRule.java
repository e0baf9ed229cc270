package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * A news feed run together into one block: "08:45 Headline one 08:38 Headline two 08:16 ...". A text
 * dump loses the feed's line breaks when the page laid it out in cells, and the block then reads as a
 * long paragraph. A block that opens with a clock time and holds three or more in order (newest first
 * or oldest first, through midnight if need be), each followed by a headline's worth of text, is a
 * feed: a paragraph opens with words and names its times inside its sentences.
 *
 * <p>Stateless and thread-safe.
 */
public final class ClockFeedRule implements Rule {

    private static final int MIN_TIMES = 3;
    /** A headline between two times: a few letters at least, a sentence or two at most. */
    private static final int MIN_LETTERS_BETWEEN = 4;
    private static final int MAX_CHARS_BETWEEN = 200;
    private static final int HALF_DAY = 12 * 60;
    /** What may stand before the first time: a date, a bullet; a paragraph opens with words. */
    private static final int MAX_LEAD_CHARS = 12;

    @Override
    public String name() {
        return "clock-feed";
    }

    @Override
    public void apply(Document doc) {
        for (int i = 0; i < doc.size(); i++) {
            if (doc.isDecided(i)) {
                continue;
            }
            List<int[]> times = clockTimes(doc.text(i));
            if (times.size() >= MIN_TIMES && isFeed(doc.text(i), times)) {
                doc.decide(i, Label.TEASER, name(), times.size() + " headlines run together, each after a clock time, in order: a news feed");
            }
        }
    }

    /**
     * Whether the block opens with a time, every stretch after a time is headline-sized and does not
     * go on past a comma (a paragraph lists times in a sentence: "ran 4:05 for the first mile, 4:10 for
     * the second"), and the times go one way round the clock.
     */
    private static boolean isFeed(String text, List<int[]> times) {
        int lead = text.length() - text.stripLeading().length();
        if (times.get(0)[0] - lead > MAX_LEAD_CHARS) {
            return false;
        }
        int down = 0;
        int up = 0;
        for (int k = 1; k <= times.size(); k++) {
            int from = times.get(k - 1)[1];
            int to = k < times.size() ? times.get(k)[0] : text.stripTrailing().length();
            String stretch = text.substring(from, to).strip();
            if (to - from > MAX_CHARS_BETWEEN || stretch.endsWith(",") || k < times.size() && letters(stretch) < MIN_LETTERS_BETWEEN) {
                return false;
            }
            if (k == times.size()) {
                break;
            }
            // On the clock's circle, so that "00:05" after "23:58" is seven minutes on, not a day back.
            int step = Math.floorMod(times.get(k)[2] - times.get(k - 1)[2] + HALF_DAY, 2 * HALF_DAY) - HALF_DAY;
            if (step < 0) {
                down++;
            } else if (step > 0) {
                up++;
            }
        }
        return down == 0 || up == 0;
    }

    private static int letters(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /**
     * The clock times in {@code text}, each as {start, end, minute of the day}: one or two digits, a
     * colon, two digits, with no digit, colon or full stop joined on either side (not "1:2:3", "10:30.5").
     */
    static List<int[]> clockTimes(String text) {
        List<int[]> out = new ArrayList<>();
        for (int c = text.indexOf(':'); c >= 0; c = text.indexOf(':', c + 1)) {
            int start = c;
            while (start > 0 && c - start < 2 && isDigit(text, start - 1)) {
                start--;
            }
            int end = c + 3;
            if (start == c || end > text.length() || !isDigit(text, c + 1) || !isDigit(text, c + 2)
                    || start > 0 && isJoined(text.charAt(start - 1)) || end < text.length() && isJoined(text.charAt(end))) {
                continue;
            }
            int hour = Integer.parseInt(text.substring(start, c));
            int minute = Integer.parseInt(text.substring(c + 1, end));
            if (hour < 24 && minute < 60) {
                out.add(new int[] {start, end, hour * 60 + minute});
            }
        }
        return out;
    }

    private static boolean isDigit(String text, int i) {
        char ch = text.charAt(i);
        return ch >= '0' && ch <= '9';
    }

    private static boolean isJoined(char ch) {
        return ch >= '0' && ch <= '9' || ch == ':' || ch == '.';
    }
}
