package dev.pith.cli;

import dev.pith.Article;
import dev.pith.Block;
import dev.pith.DateEvidence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.List;

/** Writes an {@link Article} as the JSON object the README documents, on one line. */
final class ArticleJson {

    private ArticleJson() {
    }

    static String write(String input, Article a) {
        return write(new String[] {"input", input}, a);
    }

    /**
     * The object with the fields {@code first} (name, value, name, value...; values may be null) ahead
     * of the Article's, as the batch command writes an archive record's URL, id and date.
     */
    static String write(String[] first, Article a) {
        StringBuilder b = new StringBuilder(1024);
        b.append('{');
        for (int i = 0; i + 1 < first.length; i += 2) {
            field(b, first[i], first[i + 1]).append(',');
        }
        field(b, "language", a.language()).append(',');
        field(b, "title", a.title()).append(',');
        field(b, "published", iso(a.published())).append(',');
        field(b, "modified", iso(a.modified())).append(',');
        b.append("\"dateEvidence\":[");
        for (int i = 0; i < a.dateEvidence().size(); i++) {
            DateEvidence e = a.dateEvidence().get(i);
            b.append(i == 0 ? "{" : ",{");
            field(b, "kind", e.kind().name()).append(',');
            field(b, "value", iso(e.value())).append(',');
            field(b, "source", e.source()).append(',');
            b.append("\"chosen\":").append(e.chosen()).append(',');
            field(b, "note", e.note()).append('}');
        }
        b.append("],");
        list(b, "authors", a.authors()).append(',');
        field(b, "publisher", a.publisher()).append(',');
        field(b, "siteName", a.siteName()).append(',');
        list(b, "section", a.section()).append(',');
        field(b, "lead", a.lead()).append(',');
        list(b, "captions", a.captions()).append(',');
        list(b, "credits", a.credits()).append(',');
        list(b, "body", a.body()).append(',');
        b.append("\"blocks\":[");
        List<Block> blocks = a.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block k = blocks.get(i);
            b.append(i == 0 ? "{" : ",{");
            field(b, "text", k.text()).append(',');
            field(b, "label", k.label().name()).append(',');
            field(b, "reason", k.reason()).append('}');
        }
        b.append("],");
        list(b, "warnings", a.warnings());
        return b.append('}').toString();
    }

    /** ISO-8601 with the precision the page gave: a date, a local date-time, or one with its offset. */
    static String iso(Temporal t) {
        if (t == null) {
            return null;
        }
        if (t instanceof LocalDate d) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(d);
        }
        if (t instanceof LocalDateTime d) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(d);
        }
        if (t instanceof OffsetDateTime d) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(d);
        }
        return t.toString();
    }

    private static StringBuilder field(StringBuilder b, String name, String value) {
        string(b, name).append(':');
        return value == null ? b.append("null") : string(b, value);
    }

    private static StringBuilder list(StringBuilder b, String name, List<String> values) {
        string(b, name).append(":[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            string(b, values.get(i));
        }
        return b.append(']');
    }

    static StringBuilder string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"');
    }
}
