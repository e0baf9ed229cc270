package dev.pith.classify;

import dev.pith.doc.Document;
import dev.pith.segment.Segment;
import dev.pith.text.TextStats;

/**
 * How much a block reads like a paragraph of an article: long, in sentences, not a list item, not a
 * headline, in the article's language. Positive for prose, negative for furniture-shaped text.
 *
 * <p>Word counts come from ICU's script-aware segmentation, so a Chinese paragraph scores like an
 * English one of the same content.
 */
final class ProseScore {

    private static final double WORDS_PER_POINT = 8.0;
    private static final int MAX_COUNTED_WORDS = 80;
    private static final double THRESHOLD = 3.0;
    private static final double FOREIGN_PENALTY = 3.0;
    private static final double TABLE_ROW = 0.25;
    private static final double LINKED = 0.33;
    private static final double MARKUP_FURNITURE = 3.0;
    private static final double IN_CONTAINER = 1.5;
    private static final double LINK_PENALTY = 6.0;

    private ProseScore() {
    }

    /** The score of undecided block {@code i}; {@code pageLanguage} may be {@code und}. */
    static double of(Document doc, int i, String pageLanguage) {
        TextStats s = doc.stats(i);
        Segment seg = doc.segment(i);
        if (s.words() == 0) {
            return -5;
        }
        if (seg.structure().inTable()) {
            return TABLE_ROW; // data, not prose; a table inside the article neither breaks nor makes the run
        }
        double score = Math.min(s.englishWords(), MAX_COUNTED_WORDS) / WORDS_PER_POINT;
        // A line that introduces what follows ("Here are the results:") is written like a sentence.
        boolean sentence = s.endsSentence() || doc.text(i).endsWith(":");
        score += sentence ? 1.5 : -1.5;
        if (s.sentences() >= 2) {
            score += 1;
        }
        if (s.words() < 3) {
            score -= 1.5;
        }
        if (!sentence && s.words() <= 25) {
            score -= 1; // headline-shaped: a link or a title, not a paragraph
        }
        if (seg.inList()) {
            score -= 2;
        }
        if (dev.pith.rules.MarkupRule.isFurniture(seg.structure())) {
            score -= MARKUP_FURNITURE; // a paragraph inside "related" or "comments" markup
        }
        if (doc.hasArticleContainer()) {
            score += seg.structure().inArticle() ? IN_CONTAINER : -IN_CONTAINER;
        }
        double links = seg.structure().linkDensity();
        if (links > LINKED) {
            score -= LINK_PENALTY * links; // text that is mostly links points elsewhere
        }
        // Detecting a language costs; only a block the penalty could still push below the line is asked.
        if (score - THRESHOLD >= BodyClassifier.INSIDE_THRESHOLD && doc.isForeign(i, pageLanguage)) {
            score -= FOREIGN_PENALTY;
        }
        return score - THRESHOLD;
    }
}
