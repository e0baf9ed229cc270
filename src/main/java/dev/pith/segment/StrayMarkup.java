package dev.pith.segment;

import java.util.regex.Pattern;

/**
 * Removes HTML tags that leaked into a text dump ({@code <strong></strong>}, {@code <br/>}). Only
 * names of real HTML elements count as tags, so "a <b> c" in prose about markup is the only kind of
 * text at risk, and "x < y > z" is not touched.
 */
public final class StrayMarkup {

    // Bounded attribute run and no nested quantifiers: linear time on any input.
    private static final Pattern TAG = Pattern.compile(
            "</?(?:a|abbr|b|big|br|center|div|em|font|h[1-6]|hr|i|img|p|s|small|span|strike|strong|sub|sup|u|wbr)"
                    + "(?:\\s[^<>]{0,300})?/?>",
            Pattern.CASE_INSENSITIVE);

    private StrayMarkup() {
    }

    /** {@code line} without tags; the same string when it has none. */
    public static String strip(String line) {
        if (line.indexOf('<') < 0) {
            return line;
        }
        return TAG.matcher(line).replaceAll("");
    }
}
