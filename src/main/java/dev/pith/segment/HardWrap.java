package dev.pith.segment;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import dev.pith.text.TextMeasurer;

/**
 * A text browser's hard wrapping, read off the dump so it can be undone. {@code lynx -dump} and
 * {@code w3m -dump} cut lines at a column (76, 80) unless told otherwise, and one told not to still
 * breaks a line at its line buffer's limit (lynx: 1024 columns): a paragraph then spans several
 * lines that each stop mid-sentence, and read one line a block it looks like a stack of headline-shaped
 * fragments. The column shows in the dump itself: many lines end just short of it, and next to none
 * (only a word too long to break) goes past it.
 *
 * <p>Two lines are one paragraph when the first is full (the next line's first word would not have fitted
 * after it) and the second goes on at the same column without a bullet. Widths are display columns: a
 * Chinese or Japanese character takes two, and there the browser breaks between any two characters.
 *
 * <p>Immutable and thread-safe.
 *
 * @param width the wrap column found (the widest a line was allowed to be), or 0 when the dump is not wrapped
 */
record HardWrap(int width) {

    static final HardWrap NONE = new HardWrap(0);
    /**
     * Browsers wrap at 60 to 200 columns, and one told not to still breaks a line at its buffer's limit
     * (1024 columns in lynx). Past that, no column is looked for. An unwrapped dump's paragraphs are
     * not taken for wrapped lines because each ends a sentence, or is followed by one that starts with a
     * capital; and its longest ones go past the columns under them.
     */
    private static final int MIN_WIDTH = 30;
    private static final int MAX_WIDTH = 1100;
    /** Lines allowed past the column (unbreakable words, URLs), as a share of all lines, and at least. */
    private static final double OVERFLOW_SHARE = 0.02;
    private static final int OVERFLOW_LINES = 2;
    /** How close to the column a full line ends: the next word was longer than what was left. */
    private static final int FULL_MARGIN = 12;
    /** Browsers differ by a column or two in where they stop (a closing quote, a wide punctuation mark). */
    private static final int SLACK = 2;
    /** Lines that must go on mid-sentence on the next line for a dump to count as wrapped. */
    private static final int MIN_CONTINUED = 3;

    /**
     * The wrap of the dump {@code text}: of the columns past which almost no line goes, the one at which
     * the most lines that end close to it go on mid-sentence on the next line, their next word not
     * fitting; at least {@value #MIN_CONTINUED} must. In an unwrapped dump the longest lines are whole
     * paragraphs, and what follows them is a blank line, a short line or a new sentence.
     *
     * <p>One pass over the lines: each line adds itself to the range of columns it would be continued
     * at, so every column is weighed at once.
     */
    static HardWrap detect(String text) {
        int[] atWidth = new int[MAX_WIDTH + 2]; // lines per width, the last cell for every wider line
        int[] continued = new int[MAX_WIDTH + FULL_MARGIN + 2];
        int lines = 0;
        String line = null;
        int width = 0;
        for (int pos = 0; pos <= text.length(); ) {
            int end = TextSegmenter.lineEnd(text, pos);
            String next = pos < text.length() ? text.substring(pos, end) : "";
            int nextWidth = widthOf(next);
            // A line too short to be full at any column tried adds nothing: its trims and look-ups are spared.
            if (line != null && width > 0 && width <= MAX_WIDTH && width + FULL_MARGIN >= MIN_WIDTH) {
                int unit = nextWidth == 0 ? 0 : continuation(textColumn(line), next);
                if (unit > 0 && breaksSentence(line, next)) {
                    continued[width]++;
                    continued[Math.min(width + FULL_MARGIN, width + unit + SLACK - 1) + 1]--;
                }
            }
            if (nextWidth > 0) {
                atWidth[Math.min(nextWidth, MAX_WIDTH + 1)]++;
                lines++;
            }
            line = next;
            width = nextWidth;
            pos = TextSegmenter.skipNewline(text, end);
        }
        int best = 0;
        int bestContinued = 0;
        int bestPast = 0;
        int past = atWidth[MAX_WIDTH + 1];
        int continuedAt = 0;
        for (int c = 0; c <= MAX_WIDTH; c++) {
            continuedAt += continued[c];
        }
        for (int column = MAX_WIDTH; column >= MIN_WIDTH; column--) {
            if (past > Math.max(OVERFLOW_LINES, OVERFLOW_SHARE * lines)) {
                break; // narrower columns leave even more lines past them
            }
            // On a tie the narrower column, unless it leaves more lines past it: the widest line was shorter than the wrap.
            boolean better = continuedAt > bestContinued || continuedAt == bestContinued && past == bestPast;
            if (continuedAt >= MIN_CONTINUED && better) {
                best = column;
                bestContinued = continuedAt;
                bestPast = past;
            }
            past += atWidth[column];
            continuedAt -= continued[column];
        }
        return best == 0 ? NONE : new HardWrap(best);
    }

    boolean isWrapped() {
        return width > 0;
    }

    /**
     * Whether {@code next} continues the paragraph whose last line is {@code line}.
     *
     * @param textColumn the column the paragraph's text starts at (after a bullet for a list item)
     */
    boolean continues(String line, int textColumn, String next) {
        int unit = isWrapped() ? continuation(textColumn, next) : 0;
        return unit > 0 && widthOf(line) + unit > width - SLACK && !isDrawnRule(line) && !isDrawnRule(next);
    }

    /**
     * A rule drawn across the page ("━━━━") fills its line without being text that goes on below, and
     * is too long a "word" to fit after any line, yet it is no paragraph's next line. (Filling the line,
     * it still shows where the column is, so {@link #detect} counts it.)
     */
    private static boolean isDrawnRule(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isLetterOrDigit(line.charAt(i))) {
                return false; // a paragraph's last line may be a number alone ("2019.")
            }
        }
        return true;
    }

    /**
     * Whether the break between {@code line} and {@code next} falls inside a sentence: the line does not
     * end one and the next does not start with a capital. A wrapped paragraph breaks so most of the time;
     * adjacent items of a list, or paragraphs a dump runs together, hardly ever.
     */
    private static boolean breaksSentence(String line, String next) {
        String start = Whitespace.trim(next);
        return !TextMeasurer.endsSentence(Whitespace.trim(line)) && !UCharacter.isUUppercase(start.codePointAt(0));
    }

    /** The column a line's text starts at: after its indentation, and after the bullet of a list item. */
    static int textColumn(String line) {
        String trimmed = Whitespace.trim(line);
        String item = TextSegmenter.stripBullet(trimmed);
        return Whitespace.indent(line) + (item == null ? 0 : trimmed.length() - item.length());
    }

    /**
     * How many columns {@code next} needed on the line above to go on there (its first word and a space,
     * or one wide character), or 0 when it cannot be a paragraph's next line: it starts at another column
     * than the paragraph's text, or is blank, a bullet or a table row.
     */
    private static int continuation(int textColumn, String next) {
        if (Whitespace.indent(next) != textColumn) {
            return 0;
        }
        String first = Whitespace.trim(next);
        if (first.isEmpty() || TextSegmenter.stripBullet(first) != null || TextSegmenter.isTableRow(first)) {
            return 0;
        }
        int cp = first.codePointAt(0);
        return isWide(cp) ? 2 : widthOf(firstWord(first)) + 1; // a wide character breaks anywhere, a word after a space
    }

    /**
     * Appends the paragraph's next line {@code next} (trimmed, not empty) to {@code paragraph}: after a
     * space, or straight after a wide character when it starts with one (Chinese and Japanese have no
     * spaces to restore).
     */
    static void join(StringBuilder paragraph, String next) {
        boolean tight = paragraph.length() > 0 && isWide(Character.codePointBefore(paragraph, paragraph.length()))
                && isWide(next.codePointAt(0));
        if (!tight && paragraph.length() > 0) {
            paragraph.append(' ');
        }
        paragraph.append(next);
    }

    /** The display width of {@code line} without trailing white space, its indentation included. */
    static int widthOf(String line) {
        int end = line.length();
        while (end > 0 && Whitespace.is(line.charAt(end - 1))) {
            end--;
        }
        int cols = 0;
        for (int i = 0; i < end; ) {
            int cp = line.codePointAt(i);
            cols += cp == '\t' ? 4 : isWide(cp) ? 2 : isZeroWidth(cp) ? 0 : 1;
            i += Character.charCount(cp);
        }
        return cols;
    }

    /** The text up to the first space the browser could have broken the line at (not a no-break space). */
    private static String firstWord(String trimmed) {
        int i = 0;
        while (i < trimmed.length() && trimmed.charAt(i) != ' ' && trimmed.charAt(i) != '\t') {
            i++;
        }
        return trimmed.substring(0, i);
    }

    /**
     * A mark that sits on the letter before it (a Devanagari or Thai vowel sign above or below, an
     * Arabic vowel point, a combining accent) or an invisible format character: a terminal gives it no
     * column, so a full line of Hindi holds more characters than columns.
     */
    private static boolean isZeroWidth(int cp) {
        if (cp < 0x0300) {
            return false; // below the combining diacritics: ASCII and Latin-1
        }
        int type = UCharacter.getType(cp);
        return type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.ENCLOSING_MARK
                || type == UCharacterCategory.FORMAT;
    }

    private static boolean isWide(int cp) {
        if (cp < 0x1100) {
            return false; // below Hangul Jamo, the first wide block: Latin, Greek, Cyrillic, Arabic, Indic
        }
        int w = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
        return w == UCharacter.EastAsianWidth.WIDE || w == UCharacter.EastAsianWidth.FULLWIDTH;
    }
}
