package dev.pith.text;

/**
 * The words of plain text as ICU's root word break iterator counts them, without running it: for text
 * of ASCII and a few typographic marks ({@link #isPlain}), its rules (Unicode's UAX #29 as ICU 76 has
 * them) come down to a few, and ICU's state machine was a tenth of an HTML page's time, most blocks
 * being such text.
 *
 * <p>There, a word is a run of letters, digits and underscores, kept together across a period or an
 * apostrophe ({@code '}, {@code ‘}, {@code ’}) between two letters ("U.S", "don’t") and across a
 * period, apostrophe, comma or semicolon between two digits ("1,500.25"); everything else stands alone
 * (ICU's root rules count the colon as no joiner). ICU tags a run that ends in a letter as a word
 * (status 200), one that ends in a digit as a number (100, not counted), and one that ends in an
 * underscore by what precedes that: a number after a digit, a word otherwise, nothing when it is the
 * underscore alone. {@code PlainWordsTest} holds this against ICU on every string of up to four chars of
 * the classes involved.
 *
 * @param count       the words, as {@link TextMeasurer} counts ICU's letter segments
 * @param capitalized the words among them that begin with a capital
 */
record PlainWords(int count, int capitalized) {

    /**
     * Whether a char of a text lets {@link #of} count its words: ASCII, or a quotation mark, dash,
     * ellipsis or no-break space, the marks that most English paragraphs hold beside ASCII.
     */
    static boolean isPlain(char c) {
        return c < 0x80 || c == '\u2019' || c == '\u2018' || c == '\u201C' || c == '\u201D' || c == '\u2014'
                || c == '\u2013' || c == '\u2026' || c == '\u00A0';
    }

    /** The words of {@code text}, whose chars must all be {@link #isPlain plain}. */
    static PlainWords of(String text) {
        int count = 0;
        int capitalized = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char first = text.charAt(i);
            if (!isWordChar(first)) {
                i++; // a segment of its own, no word
                continue;
            }
            int start = i;
            char last = first;
            i++;
            while (i < n) {
                char c = text.charAt(i);
                if (isWordChar(c)) {
                    last = c;
                    i++;
                } else if (i + 1 < n && joins(last, c, text.charAt(i + 1))) {
                    last = text.charAt(i + 1);
                    i += 2;
                } else {
                    break;
                }
            }
            boolean word = isLetter(last)
                    || last == '_' && i - start > 1 && !isDigit(text.charAt(i - 2));
            if (word) {
                count++;
                if (first >= 'A' && first <= 'Z') {
                    capitalized++;
                }
            }
        }
        return new PlainWords(count, capitalized);
    }

    /** Whether {@code mid} between {@code before} and {@code after} keeps them in one word. */
    private static boolean joins(char before, char mid, char after) {
        boolean midNumLet = mid == '.' || mid == '\'' || mid == '\u2019' || mid == '\u2018';
        if (isLetter(before) && isLetter(after)) {
            return midNumLet;
        }
        if (isDigit(before) && isDigit(after)) {
            return midNumLet || mid == ',' || mid == ';';
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return isLetter(c) || isDigit(c) || c == '_';
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
