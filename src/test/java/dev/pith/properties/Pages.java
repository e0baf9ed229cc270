package dev.pith.properties;

import dev.pith.Page;

import java.util.List;

/** Renders a headline, paragraphs and furniture as a text dump or as an HTML page. */
final class Pages {

    /** A page's parts in order: each is a paragraph of the article, the headline, or furniture. */
    sealed interface Part permits Headline, Paragraph, Furn {
    }

    record Headline(String text) implements Part {
    }

    record Paragraph(String text) implements Part {
    }

    record Furn(Furniture.Piece piece) implements Part {
    }

    private Pages() {
    }

    static Page text(List<Part> parts) {
        StringBuilder b = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Headline h) {
                b.append(h.text()).append("\n\n");
            } else if (p instanceof Paragraph para) {
                b.append(para.text()).append("\n\n");
            } else if (p instanceof Furn f) {
                for (String line : f.piece().lines()) {
                    b.append(f.piece().list() ? "  • " : "").append(line).append('\n');
                }
                b.append('\n');
            }
        }
        return Page.text(b.toString());
    }

    /**
     * {@code text} hard-wrapped the way a text browser wraps a dump at {@code columns} columns: words move
     * to the next line when they do not fit, at the column the line's text started (after a bullet), and
     * a word longer than the line stays whole. Wide (CJK) characters take two columns and break anywhere.
     */
    static String wrap(String text, int columns) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            int indent = line.length() - line.stripLeading().length();
            String body = line.strip();
            int textColumn = body.startsWith("\u2022 ") ? indent + 2 : indent;
            StringBuilder current = new StringBuilder(line.substring(0, indent));
            int width = indent;
            boolean empty = true;
            for (String word : body.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                int w = width(word);
                if (!empty && width + 1 + w > columns) {
                    out.append(current).append('\n');
                    current = new StringBuilder(" ".repeat(textColumn));
                    width = textColumn;
                    empty = true;
                }
                if (!empty) {
                    current.append(' ');
                    width++;
                }
                current.append(word);
                width += w;
                empty = false;
            }
            out.append(current).append('\n');
        }
        return out.toString();
    }

    private static int width(String word) {
        return word.codePoints().map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL ? 2 : 1).sum();
    }

    static Page html(List<Part> parts) {
        StringBuilder b = new StringBuilder("<!doctype html><html><head><title>Page</title></head><body>");
        for (Part p : parts) {
            if (p instanceof Headline h) {
                b.append("<h1>").append(escape(h.text())).append("</h1>");
            } else if (p instanceof Paragraph para) {
                b.append("<p>").append(escape(para.text())).append("</p>");
            } else if (p instanceof Furn f && f.piece().list()) {
                b.append("<ul>");
                f.piece().lines().forEach(l -> b.append("<li><a href='/x'>").append(escape(l)).append("</a></li>"));
                b.append("</ul>");
            } else if (p instanceof Furn f) {
                f.piece().lines().forEach(l -> b.append("<div>").append(escape(l)).append("</div>"));
            }
        }
        return Page.html(b.append("</body></html>").toString(), null);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
