package dev.pith.testing;

import dev.pith.Article;
import dev.pith.DetectedLanguage;
import dev.pith.Label;
import dev.pith.LanguageDetector;
import dev.pith.Limits;
import dev.pith.Page;
import dev.pith.Pith;
import dev.pith.doc.Document;
import dev.pith.lexicon.Lexicon;
import dev.pith.rules.Rule;
import dev.pith.segment.HtmlSegmenter;
import dev.pith.segment.Segment;
import dev.pith.segment.Segmentation;
import dev.pith.segment.TextSegmenter;
import dev.pith.text.TextMeasurer;
import dev.pith.text.TextStats;

import java.util.ArrayList;
import java.util.List;

/** Builds small {@link Document}s from synthetic text, the way the pipeline does for a text dump. */
public final class Pages {

    private Pages() {
    }

    /** A document with one block per line (lines are joined with a newline). */
    public static Document lines(String... lines) {
        return dump(String.join("\n", lines));
    }

    /** A document from a whole text dump. */
    public static Document dump(String text) {
        return document(Page.text(text), new TextSegmenter(Limits.DEFAULT).segment(text));
    }

    /** A document from an HTML page, cut into blocks as the pipeline cuts it. */
    public static Document html(String html) {
        return document(Page.html(html, null), new HtmlSegmenter(Limits.DEFAULT).segment(html));
    }

    private static Document document(Page page, Segmentation seg) {
        List<Segment> segments = seg.segments();
        TextMeasurer measurer = TextMeasurer.create();
        LanguageDetector detector = LanguageDetector.builtIn();
        TextStats[] stats = new TextStats[segments.size()];
        DetectedLanguage[] langs = new DetectedLanguage[segments.size()];
        for (int i = 0; i < segments.size(); i++) {
            stats[i] = measurer.measure(segments.get(i).text());
            langs[i] = detector.detect(segments.get(i).text());
        }
        return new Document(page, segments, stats, langs, Lexicon.builtIn(), seg.warnings());
    }

    /** What the default extractor makes of a text dump of {@code blocks}, one blank line between each two. */
    public static Article cleanDump(String... blocks) {
        return Pith.defaults().clean(Page.text(String.join("\n\n", blocks), null));
    }

    /** The label {@code rule} gives a one-line page, null when it leaves the line undecided. */
    public static Label labelOf(Rule rule, String line) {
        Document doc = lines(line);
        rule.apply(doc);
        return doc.label(0);
    }

    /** The labels of every block, null where undecided. */
    public static List<Label> labels(Document doc) {
        List<Label> out = new ArrayList<>();
        for (int i = 0; i < doc.size(); i++) {
            out.add(doc.label(i));
        }
        return out;
    }
}
