package dev.pith.cli;

import dev.pith.Article;
import dev.pith.Block;
import dev.pith.Label;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Renders an {@link Article} as one self-contained HTML page that shows why Pith decided what it did:
 * the metadata as a table, the body as returned, and every block of the input in order, coloured by
 * its label with the rule's reason beside it.
 *
 * <p>The page loads nothing and runs nothing: the CSS is inline, there is no script, and a
 * Content-Security-Policy forbids scripts anyway, as a second wall behind the escaping of every
 * string taken from the (possibly hostile) page.
 */
final class ReportPage {

    private static final String CSS = """
            body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#1a1a1a;max-width:1200px}
            h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:24px 0 8px}
            .input{color:#555;margin:0 0 16px;word-break:break-all}
            table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}
            th{background:#f4f4f4;white-space:nowrap}td{white-space:pre-wrap}
            ul.values{margin:0;padding-left:18px}
            .legend{display:flex;flex-wrap:wrap;gap:6px;margin-bottom:10px;padding:0;list-style:none}
            .legend li{padding:2px 8px;border-radius:4px;font-size:12px}
            ol.blocks{list-style:none;padding:0;margin:0}
            ol.blocks li{display:grid;grid-template-columns:40px 110px 1fr 320px;gap:8px;padding:4px 6px;border-bottom:1px solid #fff}
            .n{color:#777;text-align:right;font-size:12px}.label{font:600 11px monospace}
            .text{white-space:pre-wrap;word-break:break-word}.reason{font-size:11px;color:#444;word-break:break-word}
            #body p{white-space:pre-wrap;margin:0 0 10px}
            """;

    private ReportPage() {
    }

    /**
     * The report for one page.
     *
     * @param input   what the page was read from (shown as given, escaped)
     * @param article what Pith made of it
     * @return the whole HTML document
     */
    static String render(String input, Article article) {
        StringBuilder b = new StringBuilder(8192 + article.blocks().size() * 256);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<title>Pith report: ");
        HtmlEscape.escape(b, input).append("</title>\n<style>\n").append(CSS);
        for (Label l : Label.values()) {
            b.append(".l-").append(l.name()).append("{background:").append(LabelPalette.colour(l)).append("}\n");
        }
        b.append("</style></head>\n<body>\n<h1>Pith report</h1>\n<p class=\"input\">");
        HtmlEscape.escape(b, input).append("</p>\n");
        metadata(b, article);
        blocks(b, article.blocks());
        body(b, article.body());
        return b.append("</body></html>\n").toString();
    }

    private static void metadata(StringBuilder b, Article a) {
        b.append("<section id=\"metadata\"><h2>Metadata</h2>\n<table>\n");
        row(b, "title", a.title());
        row(b, "published", ArticleJson.iso(a.published()));
        if (a.modified() != null) {
            row(b, "modified", ArticleJson.iso(a.modified()));
        }
        rows(b, "authors", a.authors());
        row(b, "publisher", a.publisher());
        row(b, "siteName", a.siteName());
        rows(b, "section", a.section());
        row(b, "language", a.language());
        row(b, "lead", a.lead());
        rows(b, "captions", a.captions());
        rows(b, "credits", a.credits());
        rows(b, "warnings", a.warnings());
        b.append("</table></section>\n");
    }

    private static void row(StringBuilder b, String field, String value) {
        b.append("<tr><th>").append(field).append("</th><td data-field=\"").append(field).append("\">");
        if (value != null) {
            HtmlEscape.escape(b, value);
        }
        b.append("</td></tr>\n");
    }

    private static void rows(StringBuilder b, String field, List<String> values) {
        b.append("<tr><th>").append(field).append("</th><td data-field=\"").append(field).append("\">");
        if (!values.isEmpty()) {
            b.append("<ul class=\"values\">");
            for (String v : values) {
                HtmlEscape.escape(b.append("<li>"), v).append("</li>");
            }
            b.append("</ul>");
        }
        b.append("</td></tr>\n");
    }

    private static void blocks(StringBuilder b, List<Block> blocks) {
        Map<Label, Integer> counts = new EnumMap<>(Label.class);
        for (Block k : blocks) {
            counts.merge(k.label(), 1, Integer::sum);
        }
        b.append("<section id=\"blocks\"><h2>Blocks</h2>\n<ul class=\"legend\">");
        // Every label is listed, with its count, so the legend reads the same for every page.
        for (Label l : Label.values()) {
            b.append("<li class=\"l-").append(l.name()).append("\" data-label=\"").append(l.name()).append("\">")
                    .append(l.name()).append(' ').append(counts.getOrDefault(l, 0)).append("</li>");
        }
        b.append("</ul>\n<ol class=\"blocks\">\n");
        for (Block k : blocks) {
            String reason = k.reason();
            b.append("<li class=\"l-").append(k.label().name()).append("\" data-label=\"").append(k.label().name())
                    .append("\" title=\"");
            HtmlEscape.escape(b, reason).append("\"><span class=\"n\">").append(k.index())
                    .append("</span><span class=\"label\">").append(k.label().name()).append("</span><span class=\"text\">");
            HtmlEscape.escape(b, k.text()).append("</span><span class=\"reason\">");
            HtmlEscape.escape(b, reason).append("</span></li>\n");
        }
        b.append("</ol></section>\n");
    }

    private static void body(StringBuilder b, List<String> body) {
        b.append("<section id=\"body\"><h2>Body</h2>\n");
        for (String p : body) {
            HtmlEscape.escape(b.append("<p>"), p).append("</p>\n");
        }
        b.append("</section>\n");
    }
}
