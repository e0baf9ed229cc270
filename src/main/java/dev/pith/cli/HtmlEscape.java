package dev.pith.cli;

/**
 * Escapes page text for an HTML document. Everything a report shows comes from a scraped page, which
 * may be hostile, so every string goes through here: text content and quoted attribute values alike.
 */
final class HtmlEscape {

    private HtmlEscape() {
    }

    /**
     * Appends {@code s} escaped for both element content and a double- or single-quoted attribute.
     * C0 controls other than tab and newline are dropped: they are not allowed in HTML, and a
     * carriage return would be folded into a newline by the parser anyway.
     */
    static StringBuilder escape(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\t', '\n' -> b.append(c);
                default -> {
                    if (c >= 0x20 && c != 0x7f) {
                        b.append(c);
                    }
                }
            }
        }
        return b;
    }

    /** {@code s} escaped, as a new string. */
    static String escape(String s) {
        return escape(new StringBuilder(s.length() + 16), s).toString();
    }
}
