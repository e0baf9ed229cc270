package dev.pith.segment;

import java.util.regex.Pattern;

/**
 * Removes HTML tags that leaked into a text dump ({@code <strong></strong>}, {@code <br/>}). Only
 * names of real HTML elements count as tags, so "a <b> c" in prose about markup is the only kind of
 * text at risk, and "x < y > z" is not touched.
 *
 * <p>Stateless and thread-safe.
 */
public final class StrayMarkup {

    // Bounded attribute run and no nested quantifiers: linear time on any input.
    private static final Pattern INLINE = Pattern.compile(
            "</?(?:a|abbr|b|big|em|font|i|img|s|small|span|strike|strong|sub|sup|u|wbr)(?:\\s[^<>]{0,300})?/?>",
            Pattern.CASE_INSENSITIVE);
    // Tags that break a line: they stand between words, so they become one space, not nothing.
    private static final Pattern BREAKING = Pattern.compile(
            "[ \\t]{0,50}</?(?:br|center|div|h[1-6]|hr|p)(?:\\s[^<>]{0,300})?/?>[ \\t]{0,50}",
            Pattern.CASE_INSENSITIVE);

    private StrayMarkup() {
    }

    /** {@code line} without tags; the same string when it has none. */
    public static String strip(String line) {
        if (line.indexOf('<') < 0) {
            return line;
        }
        String spaced = BREAKING.matcher(line).replaceAll(" ");
        return INLINE.matcher(spaced).replaceAll("");
    }
}
