package dev.pith.segment;

/**
 * White space as web text has it: besides ASCII space and tabs, no-break spaces, the Unicode space
 * separators, zero-width characters and the BOM. Java's {@code String.strip()} misses several of these.
 *
 * <p>Stateless and thread-safe.
 */
public final class Whitespace {

    private Whitespace() {
    }

    /** Whether {@code c} is white space or an invisible formatting character. */
    public static boolean is(char c) {
        if (c > ' ' && c < '\u007f') {
            return false; // printable ASCII, most of any text: spares the Unicode look-ups
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u2060' || c == '\ufeff'
                || c == '\u00ad';
    }

    /** {@code s} without leading and trailing white space. */
    public static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && is(s.charAt(start))) {
            start++;
        }
        while (end > start && is(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Leading white space in columns: a tab counts 4, anything else 1. */
    public static int indent(String line) {
        int cols = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                cols += 4;
            } else if (is(c)) {
                cols++;
            } else {
                break;
            }
        }
        return cols;
    }

    /** {@code s} with every run of white space made one ASCII space, and trimmed. */
    public static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (is(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }
}
