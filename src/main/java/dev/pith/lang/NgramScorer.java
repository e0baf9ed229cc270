package dev.pith.lang;

/**
 * Scores text against the n-gram profiles: the cost (negative log-likelihood, in the profiles'
 * quantized units) of the text's letters under each candidate language's character model.
 *
 * <p>Each language is an order-4 Markov chain over the letters of a word. A letter is costed by the
 * longest context (up to four previous letters of the same word) the language knows, and pays a fixed
 * penalty per order it had to back off ("stupid backoff"): without that, a language whose profile lacks
 * a long n-gram would get the cheaper short-context cost for free. A letter a language has never seen
 * costs {@link #UNSEEN_NATS}, more than any stored unigram.
 *
 * <p>Stateless and thread-safe; the work arrays live in the caller's {@link Scratch}.
 */
final class NgramScorer {
    /** Backoff penalty per order dropped, in nats (about -ln 0.4, the usual "stupid backoff" factor). */
    private static final double BACKOFF_NATS = 0.9;
    /** Cost of a letter unknown to a language, in nats: rarer than any kept unigram (p below 1e-6). */
    private static final double UNSEEN_NATS = 16.0;
    static final int MAX_ORDER = 5;

    private final NgramProfiles profiles;
    private final int backoff;
    private final int unseen;

    NgramScorer(NgramProfiles profiles) {
        this.profiles = profiles;
        this.backoff = (int) Math.round(BACKOFF_NATS * profiles.steps());
        this.unseen = (int) Math.round(UNSEEN_NATS * profiles.steps());
    }

    /** Per-call working memory; one per thread. */
    static final class Scratch {
        final long[] totals;
        final int[] letterCost;
        final int[] word = new int[64];

        Scratch(int languages) {
            totals = new long[languages];
            letterCost = new int[languages];
        }
    }

    /**
     * Adds the cost of one word (alphabet indices, length {@code n}) to {@code s.totals} for the
     * candidate languages.
     */
    void scoreWord(int[] word, int n, boolean[] candidate, Scratch s) {
        int languages = candidate.length;
        for (int i = 0; i < n; i++) {
            int maxOrder = Math.min(MAX_ORDER, i + 1);
            for (int l = 0; l < languages; l++) s.letterCost[l] = unseen + backoff * (maxOrder - 1);
            // Longer and longer contexts: a language's last hit is its longest known context. The
            // profiles keep the suffix of every n-gram they keep, so the first miss ends the search.
            long key = 0;
            for (int order = 1; order <= maxOrder; order++) {
                key |= (long) word[i - order + 1] << (NgramProfiles.BITS * (order - 1));
                long found = profiles.find(key | ((long) order << 60));
                if (found < 0) break;
                int penalty = backoff * (maxOrder - order);
                for (int p = (int) (found >>> 8), end = p + (int) (found & 0xff); p < end; p++) {
                    s.letterCost[profiles.pairLanguage(p)] = profiles.pairCost(p) + penalty;
                }
            }
            for (int l = 0; l < languages; l++) if (candidate[l]) s.totals[l] += s.letterCost[l];
        }
    }
}
