package dev.pith.classify;

import dev.pith.DetectedLanguage;
import dev.pith.Label;
import dev.pith.doc.Document;

import java.util.Map;
import java.util.TreeMap;

/**
 * Chooses the article's body: scores every undecided block as prose, finds the main run of prose,
 * decides the page's language from that run, scores again with blocks in other languages marked down,
 * and labels the run's blocks. A short paragraph between two long ones stays body; a headline-shaped
 * line or a foreign-language block inside the run does not.
 *
 * <p>Stateless and thread-safe.
 */
public final class BodyClassifier {

    static final String NAME = "body";
    /** Below this a block inside the main run is not body (a short sentence scores about -1). */
    static final double INSIDE_THRESHOLD = -2.0;
    /** Heaviest language first; on a tie the alphabetically first tag, so the result is deterministic. */
    private static final java.util.Comparator<Map.Entry<String, Double>> BY_WEIGHT_THEN_TAG =
            Map.Entry.<String, Double>comparingByValue()
                    .thenComparing(Map.Entry.<String, Double>comparingByKey().reversed());
    /** End markers: once the byline, the source or the comments come, the article is over. */
    static final double END_MARKER = -8.0;
    private static final double MAX_PART_LINKS = 0.5;

    /**
     * Labels the body of {@code doc} and sets its language.
     *
     * @return the main run (first and last body block), or {@link MainRun#NONE}
     */
    public Region classify(Document doc) {
        MainRun first = MainRun.of(RunWeights.of(doc, scores(doc, DetectedLanguage.UND)));
        doc.language(vote(doc, first));
        double[] scores = scores(doc, doc.language());
        MainRun prose = MainRun.of(RunWeights.of(doc, scores));
        MainRun run = prose.isEmpty() ? prose : new MainRun(prose.start(), ClosingList.extend(doc, prose.end()));
        for (int i = Math.max(0, run.start()); run.contains(i); i++) {
            if (doc.isDecided(i)) {
                continue;
            }
            if (i > prose.end()) {
                doc.decide(i, Label.BODY, NAME, "item of the list that closes the article");
            } else if (isMarkedUpPart(doc, i)) {
                doc.decide(i, Label.BODY, NAME, "heading, list item or table cell inside the main run, in the markup");
            } else if (scores[i] >= INSIDE_THRESHOLD) {
                doc.decide(i, Label.BODY, NAME, String.format(java.util.Locale.ROOT,
                        "prose in the main run (%d words, score %.1f)", doc.stats(i).words(), scores[i]));
            } else if (doc.isForeign(i, doc.language())) {
                doc.decide(i, Label.FOREIGN, NAME, doc.language(i).tag() + " inside a " + doc.language() + " article, not prose");
            }
        }
        return new Region(run.start(), run.end());
    }

    /**
     * In HTML a heading, list item or table cell between the article's paragraphs is the article's own
     * (a teaser there would be a link); a text dump cannot tell a subheading from a link line.
     */
    private static boolean isMarkedUpPart(Document doc, int i) {
        var st = doc.segment(i).structure();
        boolean part = st.headingLevel() >= 2 || st.inList() || st.inTable() || st.tag().equals("blockquote");
        return st.isMarkup() && part && st.linkDensity() < MAX_PART_LINKS && !doc.isForeign(i, doc.language());
    }

    /** The first and last block of the article's main run; -1 for both when there is none. */
    public record Region(int start, int end) {
        public boolean isEmpty() {
            return start < 0;
        }
    }

    private static double[] scores(Document doc, String pageLanguage) {
        double[] scores = new double[doc.size()];
        for (int i = 0; i < doc.size(); i++) {
            Label l = doc.label(i);
            if (l == null) {
                scores[i] = ProseScore.of(doc, i, pageLanguage);
            } else if (endsArticle(l)) {
                scores[i] = END_MARKER;
            }
        }
        return scores;
    }

    /** Labels after which the article does not go on: its byline or source line, its footer, comments, legal text. */
    static boolean endsArticle(Label l) {
        return l == Label.BYLINE || l == Label.SOURCE || l == Label.COMMENTS || l == Label.POLICY || l == Label.FOOTER;
    }

    /**
     * The page's language: the language with the most letters among the prose blocks of the main run
     * (so a long sidebar in another language does not outvote a shorter article), or of all undecided
     * blocks when there is no run.
     */
    private static String vote(Document doc, MainRun run) {
        Map<String, Double> weight = new TreeMap<>();
        for (int i = 0; i < doc.size(); i++) {
            boolean candidate = run.isEmpty() ? !doc.isDecided(i) : run.contains(i) && !doc.isDecided(i);
            if (!candidate) {
                continue; // detecting a block's language is the dearest step of a page: only voters pay it
            }
            DetectedLanguage lang = doc.language(i);
            if (lang.isKnown()) {
                weight.merge(lang.tag(), doc.stats(i).letters() * lang.confidence(), Double::sum);
            }
        }
        return weight.entrySet().stream()
                .max(BY_WEIGHT_THEN_TAG)
                .map(Map.Entry::getKey)
                .orElse(DetectedLanguage.UND);
    }
}
