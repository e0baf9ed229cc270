package dev.pith.classify;

import dev.pith.doc.Document;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbered subheadings of a list article ("1. Meetup.com", a paragraph or two, "2. Couchsurfing",
 * ...): short lines inside the main run that count up from 1 or down to 1, with prose between each two
 * (and after the last, since the run ends on prose). The count is the evidence, so unlike {@link Subheadings} a numbered line needs no
 * paragraph right above and below it: the picture, credit or embedded post that a list article puts
 * under each heading does not hide it. A numbered list of items has no prose between its items, and a
 * "most read" ranking is not inside the run. In HTML the heading markup says what a heading is.
 *
 * <p>Stateless and thread-safe.
 */
final class NumberedSubheadings {

    /** A number, then words: a heading starts with a letter or a quote, a picture placeholder with "[". */
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,2})[.)]\\s+[\\p{L}\"“‘'«]");
    private static final int MIN_COUNT = 3;

    private NumberedSubheadings() {
    }

    /** The numbered subheadings inside {@code prose}; {@code body} says which blocks read as paragraphs. */
    static BitSet of(Document doc, MainRun prose, boolean[] body) {
        BitSet found = new BitSet();
        if (prose.isEmpty()) {
            return found;
        }
        List<Integer> lines = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i = prose.start() + 1; i <= prose.end(); i++) {
            int n = number(doc, i);
            // Undecided: a line to save, or one that already reads as prose (body[i]), which keeps the count going.
            if (n >= 0 && !doc.isDecided(i)) {
                lines.add(i);
                numbers.add(n);
            }
        }
        int from = 0;
        for (int k = 1; k <= lines.size(); k++) {
            boolean goesOn = k < lines.size() && follows(numbers, from, k)
                    && proseBetween(body, lines.get(k - 1), lines.get(k));
            if (!goesOn) {
                int last = k - 1;
                if (k - from >= MIN_COUNT && (numbers.get(from) == 1 || numbers.get(last) == 1)) {
                    for (int j = from; j <= last; j++) {
                        if (!body[lines.get(j)]) {
                            found.set(lines.get(j));
                        }
                    }
                }
                from = k;
            }
        }
        return found;
    }

    /**
     * Whether number {@code k} goes on with the count that starts at number {@code from}, one way: up
     * from 1, or down (to 1, which the caller checks), as its first step went.
     */
    private static boolean follows(List<Integer> numbers, int from, int k) {
        int first = numbers.get(from);
        int last = numbers.get(k - 1);
        int next = numbers.get(k);
        boolean started = k - 1 > from;
        boolean up = first == 1 && (!started || numbers.get(from + 1) == 2) && next == last + 1;
        boolean down = (!started || numbers.get(from + 1) == first - 1) && next == last - 1 && next >= 1;
        return up || down;
    }

    private static boolean proseBetween(boolean[] body, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (body[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The number a short line opens with ("3. Facebook groups"), or -1. A line ending in a colon
     * introduces what follows (a numbered comment's "jane says:"), as a heading does not.
     */
    private static int number(Document doc, int i) {
        String text = doc.text(i).strip();
        if (doc.stats(i).words() > Subheadings.MAX_WORDS || text.endsWith(":") || doc.segment(i).structure().isMarkup()) {
            return -1;
        }
        Matcher m = NUMBER.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
