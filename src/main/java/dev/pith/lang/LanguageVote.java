package dev.pith.lang;

import dev.pith.DetectedLanguage;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Picks a page's language from the languages of its blocks.
 *
 * <p>Every block votes for its language with a weight that grows with its length, its detection's
 * confidence and a caller-given weight (for example how article-like the block is). Length counts
 * <em>less than proportionally</em> for short blocks: below {@value #PROSE_LENGTH} characters a block's
 * weight shrinks with the square of its length. Prose comes in long paragraphs, furniture (menus,
 * link lists, a foreign sidebar) in many short items, so the article's language wins even when the
 * sidebar has more characters in all. Undetermined blocks do not vote.
 *
 * <p>Stateless; {@link #pick} is thread-safe. Ties go to the alphabetically first tag, so the answer
 * is deterministic.
 */
public final class LanguageVote {
    /** Blocks at least this long count in full, shorter ones less than proportionally. */
    static final int PROSE_LENGTH = 200;

    private LanguageVote() {
    }

    /**
     * One block's vote.
     *
     * @param language the block's detected language, never null
     * @param length   the block's text length in characters
     * @param weight   the caller's weight for the block, at least 0 (1 when every block is alike)
     */
    public record Ballot(DetectedLanguage language, int length, double weight) {
        public Ballot {
            if (language == null) throw new NullPointerException("language");
        }

        /** A ballot of weight 1. */
        public Ballot(DetectedLanguage language, int length) {
            this(language, length, 1.0);
        }
    }

    /**
     * The page's language: the tag with the most weight, with its share of all the weight as the
     * confidence; {@link DetectedLanguage#UNDETERMINED} when no block's language is known.
     *
     * @param ballots one per block, never null (elements never null)
     * @return never null
     */
    public static DetectedLanguage pick(Collection<Ballot> ballots) {
        Map<String, Double> totals = new TreeMap<>();
        double all = 0;
        for (Ballot b : ballots) {
            if (!b.language().isKnown() || b.length() <= 0 || !(b.weight() > 0)) continue;
            double w = weight(b);
            if (!(w > 0) || Double.isInfinite(w)) continue;
            totals.merge(b.language().tag(), w, Double::sum);
            all += w;
        }
        String best = null;
        double bestWeight = 0;
        for (Map.Entry<String, Double> e : totals.entrySet()) {
            if (e.getValue() > bestWeight) {
                best = e.getKey();
                bestWeight = e.getValue();
            }
        }
        if (best == null) return DetectedLanguage.UNDETERMINED;
        return new DetectedLanguage(best, Math.min(1.0, bestWeight / all));
    }

    private static double weight(Ballot b) {
        double length = b.length();
        double lengthFactor = length * Math.min(1.0, length / PROSE_LENGTH);
        return lengthFactor * Math.max(0.05, b.language().confidence()) * b.weight();
    }
}
