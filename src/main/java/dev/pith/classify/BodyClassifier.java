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
    private static final double INSIDE_THRESHOLD = -2.0;
    /** Heaviest language first; on a tie the alphabetically first tag, so the result is deterministic. */
    private static final java.util.Comparator<Map.Entry<String, Double>> BY_WEIGHT_THEN_TAG =
            Map.Entry.<String, Double>comparingByValue()
                    .thenComparing(Map.Entry.<String, Double>comparingByKey().reversed());
    /** The least a single non-prose block counts against the run. */
    private static final double RUN_FLOOR = -2.0;
    /** End markers: once the byline, the source or the comments come, the article is over. */
    private static final double END_MARKER = -8.0;

    /**
     * Labels the body of {@code doc} and sets its language.
     *
     * @return the main run (first and last body block), or {@link MainRun#NONE}
     */
    public Region classify(Document doc) {
        MainRun first = MainRun.of(floored(doc, scores(doc, DetectedLanguage.UND)));
        doc.language(vote(doc, first));
        double[] scores = scores(doc, doc.language());
        MainRun run = MainRun.of(floored(doc, scores));
        for (int i = Math.max(0, run.start()); run.contains(i); i++) {
            if (doc.isDecided(i)) {
                continue;
            }
            if (scores[i] >= INSIDE_THRESHOLD) {
                doc.decide(i, Label.BODY, NAME, String.format(java.util.Locale.ROOT,
                        "prose in the main run (%d words, score %.1f)", doc.stats(i).words(), scores[i]));
            } else if (ProseScore.isForeign(doc, i, doc.language())) {
                doc.decide(i, Label.FOREIGN, NAME, doc.language(i).tag() + " inside a " + doc.language() + " article, not prose");
            }
        }
        return new Region(run.start(), run.end());
    }

    /**
     * The scores the run is found on: one odd block (an image's title in another language, a pull
     * quote) costs no more than {@link #RUN_FLOOR}, so a paragraph on each side still joins; a stretch
     * of such blocks, or an end marker, still ends the run.
     */
    private static double[] floored(Document doc, double[] scores) {
        double[] out = scores.clone();
        for (int i = 0; i < out.length; i++) {
            if (doc.isDecided(i) || out[i] >= 0) {
                continue; // end markers keep their weight; other decided blocks score 0
            }
            if (besideFigure(doc, i) || sandwiched(scores, i)) {
                out[i] = 0; // an image's alt text, or one odd line between two paragraphs
            } else {
                out[i] = Math.max(out[i], RUN_FLOOR);
            }
        }
        return out;
    }

    /** Whether the nearest scored blocks on both sides of {@code i} are prose. */
    private static boolean sandwiched(double[] scores, int i) {
        int before = i - 1;
        while (before >= 0 && scores[before] == 0) {
            before--;
        }
        int after = i + 1;
        while (after < scores.length && scores[after] == 0) {
            after++;
        }
        return before >= 0 && after < scores.length && scores[before] > 0 && scores[after] > 0;
    }

    private static boolean besideFigure(Document doc, int i) {
        return isFigure(doc, i - 1) || isFigure(doc, i + 1);
    }

    private static boolean isFigure(Document doc, int i) {
        return i >= 0 && i < doc.size() && (doc.is(i, Label.CAPTION) || doc.is(i, Label.CREDIT) || doc.is(i, Label.MEDIA));
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
            } else if (l == Label.BYLINE || l == Label.SOURCE || l == Label.COMMENTS || l == Label.POLICY) {
                scores[i] = END_MARKER;
            }
        }
        return scores;
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
            DetectedLanguage lang = doc.language(i);
            if (candidate && lang.isKnown()) {
                weight.merge(lang.tag(), doc.stats(i).letters() * lang.confidence(), Double::sum);
            }
        }
        return weight.entrySet().stream()
                .max(BY_WEIGHT_THEN_TAG)
                .map(Map.Entry::getKey)
                .orElse(DetectedLanguage.UND);
    }
}
