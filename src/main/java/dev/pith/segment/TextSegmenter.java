package dev.pith.segment;

import dev.pith.Limits;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a plain-text dump into blocks.
 *
 * <p>Text browsers and WET conversions write one paragraph per line, so a non-blank line is a block;
 * blank lines, and lines holding nothing but no-break spaces, only separate blocks. A bullet
 * ("  • item") starts a list item, and lines indented under it belong to the same list. Stray tags are
 * removed. Repetition, language and everything else are judged later.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextSegmenter {

    private final Limits limits;

    public TextSegmenter(Limits limits) {
        this.limits = limits;
    }

    /** The blocks of {@code text}; never throws. */
    public Segmentation segment(String text) {
        List<String> warnings = new ArrayList<>();
        if (text.length() > limits.maxInputChars()) {
            warnings.add("input truncated to " + limits.maxInputChars() + " of " + text.length() + " characters");
            text = text.substring(0, limits.maxInputChars());
        }
        HardWrap wrap = HardWrap.detect(text);
        List<Segment> out = new ArrayList<>();
        int gap = 0;
        int lineNo = 0;
        int listIndent = -1; // indent of the current list's bullets, -1 outside a list
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            int end = lineEnd(text, pos);
            String raw = text.substring(pos, end);
            pos = skipNewline(text, end);
            lineNo++;
            if (raw.length() > limits.maxBlockChars()) {
                warnings.add("line " + lineNo + " truncated to " + limits.maxBlockChars() + " of " + raw.length() + " characters");
                raw = raw.substring(0, limits.maxBlockChars());
            }
            String clean = Whitespace.trim(StrayMarkup.strip(raw));
            if (clean.isEmpty() || isBulletMark(clean)) { // a bullet with no item is no block
                gap++;
                continue;
            }
            int indent = Whitespace.indent(raw);
            boolean bullet = false;
            String body = clean;
            String afterBullet = stripBullet(clean);
            if (afterBullet != null) {
                bullet = true;
                body = afterBullet;
                listIndent = indent;
            } else if (listIndent >= 0 && indent <= listIndent) {
                listIndent = -1;
            }
            if (body.isEmpty()) {
                gap++;
                continue;
            }
            int blockLine = lineNo;
            if (wrap.isWrapped()) {
                // The paragraph goes on on the next lines, each at the column its text started at.
                int textColumn = HardWrap.textColumn(raw);
                StringBuilder paragraph = new StringBuilder(body);
                String last = raw;
                while (pos < n) {
                    int nextEnd = lineEnd(text, pos);
                    String next = text.substring(pos, nextEnd);
                    String more = Whitespace.trim(StrayMarkup.strip(next));
                    if (more.isEmpty() || !wrap.continues(last, textColumn, next) || paragraph.length() + more.length() >= limits.maxBlockChars()) {
                        break;
                    }
                    HardWrap.join(paragraph, more);
                    last = next;
                    pos = skipNewline(text, nextEnd);
                    lineNo++;
                }
                body = paragraph.toString();
            }
            // A sentence broken after a comma goes on on the next line: the page broke it there (a <br>),
            // and each piece alone reads as a headline-shaped fragment.
            if (endsWithComma(body) && !bullet) {
                StringBuilder sentence = new StringBuilder(body);
                while (endsWithComma(sentence) && pos < n) {
                    int nextEnd = lineEnd(text, pos);
                    String next = text.substring(pos, nextEnd);
                    String more = Whitespace.trim(StrayMarkup.strip(next));
                    if (more.isEmpty() || Whitespace.indent(next) != indent || stripBullet(more) != null || isTableRow(next)
                            || sentence.length() + more.length() >= limits.maxBlockChars()) {
                        break;
                    }
                    HardWrap.join(sentence, more);
                    pos = skipNewline(text, nextEnd);
                    lineNo++;
                }
                body = sentence.toString();
            }
            boolean inList = bullet || (listIndent >= 0 && indent > listIndent);
            if (out.size() >= limits.maxBlocks()) {
                warnings.add("block limit of " + limits.maxBlocks() + " reached at line " + lineNo + "; the rest of the input was not read");
                break;
            }
            int picture = gluedPicture(body);
            if (picture > 0 && out.size() + 1 < limits.maxBlocks()) {
                // "[applewatch]Score the Apple Watch ...": an inline image's name, then the paragraph it opens.
                // (At the block limit the line stays whole rather than lose the paragraph.)
                out.add(new Segment(out.size(), body.substring(0, picture), blockLine, indent, gap, bullet, inList, Structure.NONE));
                body = body.substring(picture);
                gap = 0;
            }
            out.add(new Segment(out.size(), body, blockLine, indent, gap, bullet, inList, isTableRow(body) ? TABLE_ROW : Structure.NONE));
            gap = 0;
        }
        return new Segmentation(out, warnings);
    }

    /**
     * The length of the picture placeholder a line opens with, glued to the text after it
     * ("[applewatch]Score the ..."), or 0. A text browser prints an inline image as its name in brackets;
     * a name without spaces is a file's or an id, where "[Most read] ..." is a bracketed heading, and a
     * name of digits ("[12]Home") a link's number.
     */
    static int gluedPicture(String line) {
        if (line.isEmpty() || line.charAt(0) != '[') {
            return 0;
        }
        int close = line.indexOf(']');
        if (close <= MIN_PICTURE_NAME || close > MAX_PICTURE_NAME || close + 1 >= line.length() || Character.isWhitespace(line.charAt(close + 1))) {
            return 0;
        }
        boolean digitsOnly = true;
        for (int i = 1; i < close; i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || c == '[') {
                return 0;
            }
            digitsOnly &= c >= '0' && c <= '9';
        }
        return digitsOnly ? 0 : close + 1;
    }

    private static final int MAX_PICTURE_NAME = 80;
    /** Shorter names, and names of digits alone, are a link's or a footnote's number ("[12]Home", as lynx writes). */
    private static final int MIN_PICTURE_NAME = 4;

    private static boolean endsWithComma(CharSequence line) {
        char last = line.charAt(line.length() - 1);
        return last == ',' || last == '、' || last == '，' || last == '،';
    }

    /** A text dump's table row: no markup, but the browser laid its cells out in columns. */
    static final Structure TABLE_ROW = new Structure("", 0, 0, -1, java.util.Set.of(), false, false, true, false, Ancestry.NONE);
    private static final int MIN_COLUMN_GAPS = 2;

    /**
     * Whether {@code line} is laid out in columns: text browsers render table cells separated by runs
     * of spaces, so two or more gaps of at least two spaces between words mark a table row. The line's
     * indentation is no gap, and neither are two spaces between sentences, which some writers put
     * ("He left.  Then she spoke."; but "INC.   225.86" is two cells). A cell longer than
     * {@link #MAX_CELL_CHARS} holds prose: a page laid out with a table, or a paragraph with doubled
     * spaces, not data.
     */
    static boolean isTableRow(String line) {
        int gaps = 0;
        int run = 0;
        int cell = 0;
        char before = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\u00a0') {
                run++;
                continue;
            }
            boolean sentenceSpacing = (before == '.' || before == '!' || before == '?') && (Character.isUpperCase(c) || c == '"' || c == '\u201c' || c == '\u00ab');
            if (run >= 2 && before != 0 && !sentenceSpacing) {
                gaps++;
                cell = 0;
            }
            cell += Math.min(run, 1) + 1;
            if (cell > MAX_CELL_CHARS) {
                return false;
            }
            run = 0;
            before = c;
        }
        return gaps >= MIN_COLUMN_GAPS;
    }

    private static final int MAX_CELL_CHARS = 100;

    static int lineEnd(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000b' || c == '\u000c') {
                return i;
            }
        }
        return s.length();
    }

    static int skipNewline(String s, int at) {
        if (at >= s.length()) {
            return s.length() + 1;
        }
        if (s.charAt(at) == '\r' && at + 1 < s.length() && s.charAt(at + 1) == '\n') {
            return at + 2;
        }
        return at + 1;
    }

    private static boolean isBulletMark(String s) {
        return s.length() == 1 && isMark(s.charAt(0));
    }

    private static boolean isMark(char c) {
        return c == '•' || c == '◦' || c == '▪' || c == '●' || c == '○' || c == '■' || c == '□' || c == '►' || c == '*';
    }

    /** The item text when {@code line} starts with a bullet mark and a space; null otherwise. */
    static String stripBullet(String line) {
        if (line.length() < 2) {
            return null;
        }
        if (!isMark(line.charAt(0)) || !Whitespace.is(line.charAt(1))) {
            return null;
        }
        return Whitespace.trim(line.substring(1));
    }
}
