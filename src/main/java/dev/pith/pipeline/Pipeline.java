package dev.pith.pipeline;

import dev.pith.Article;
import dev.pith.LanguageDetector;
import dev.pith.Limits;
import dev.pith.Page;
import dev.pith.classify.BodyClassifier;
import dev.pith.doc.BlockLanguages;
import dev.pith.doc.Document;
import dev.pith.input.BinaryContent;
import dev.pith.layout.Layout;
import dev.pith.lexicon.Lexicon;
import dev.pith.lexicon.PhraseKind;
import dev.pith.lexicon.PhraseMatcher;
import dev.pith.meta.ArticleAssembler;
import dev.pith.rules.RuleSet;
import dev.pith.segment.HtmlSegmenter;
import dev.pith.segment.Segment;
import dev.pith.segment.Segmentation;
import dev.pith.segment.TextSegmenter;
import dev.pith.text.TextMeasurer;
import dev.pith.text.TextStats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The stages from a page to its article, in order: segmentation into blocks, measurement and language
 * per block, furniture rules, body classification, page layout (title, lead, what surrounds the body),
 * and metadata assembly.
 *
 * <p>Immutable and thread-safe: every page gets a fresh {@link Document} and {@link TextMeasurer}, so
 * nothing is shared between pages or threads.
 */
public final class Pipeline {

    private final LanguageDetector detector;
    private final Lexicon lexicon;
    private final Limits limits;
    private final RuleSet rules;
    private final BodyClassifier classifier = new BodyClassifier();
    private final Layout layout = new Layout();

    public Pipeline(LanguageDetector detector, Lexicon lexicon, Limits limits) {
        this(detector, lexicon, limits, RuleSet.standard());
    }

    public Pipeline(LanguageDetector detector, Lexicon lexicon, Limits limits, RuleSet rules) {
        this.detector = Objects.requireNonNull(detector, "detector");
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** Cleans {@code page}; never throws for any content (see {@link dev.pith.Pith#clean(Page)}). */
    public Article run(Page page) {
        Optional<String> binary = BinaryContent.reason(page.content());
        if (binary.isPresent()) {
            return Article.empty(binary.get());
        }
        Segmentation segmentation = segment(page);
        List<Segment> segments = segmentation.segments();
        if (segments.isEmpty()) {
            List<String> why = new ArrayList<>(segmentation.warnings());
            why.add(0, "no text found in the input");
            return Article.empty(String.join("; ", why));
        }
        Document doc = new Document(page, segments, measure(segments), BlockLanguages.detectedBy(detector, segments), lexicon,
                segmentation.warnings());
        doc.head(segmentation.head());
        doc.dayFirst(DateOrder::dayFirst);
        rules.apply(doc);
        BodyClassifier.Region body = classifier.classify(doc);
        layout.apply(doc, body);
        return ArticleAssembler.assemble(doc);
    }

    private Segmentation segment(Page page) {
        return page.format() == Page.Format.HTML
                ? new HtmlSegmenter(limits).segment(page.content())
                : new TextSegmenter(limits).segment(page.content());
    }

    private TextStats[] measure(List<Segment> segments) {
        TextMeasurer measurer = TextMeasurer.create(name -> lexicon.whole(PhraseKind.AGENCY, PhraseMatcher.normalize(name)).isPresent());
        TextStats[] stats = new TextStats[segments.size()];
        for (int i = 0; i < stats.length; i++) {
            stats[i] = measurer.measure(segments.get(i).text());
        }
        return stats;
    }
}
