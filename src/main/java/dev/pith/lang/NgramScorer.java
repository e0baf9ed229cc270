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
        private final long[] totals;
        /** Which letter last costed each language: its longest known context has been counted. */
        private final int[] costedAt;
        /** The word's n-grams found for the current letter, by order. */
        private final long[] found = new long[MAX_ORDER + 1];
        /** What every language pays when it knows no context of a letter, summed over the letters. */
        private long fallback;
        private int letter;
        final int[] word = new int[64];

        Scratch(int languages) {
            totals = new long[languages];
            costedAt = new int[languages];
        }

        /** The cost of the text scored so far under {@code language}, when it is a candidate. */
        long total(int language) {
            return totals[language] + fallback;
        }
    }

    /**
     * Adds the cost of one word (alphabet indices, length {@code n}) to the totals of {@code s} for the
     * candidate languages.
     *
     * <p>Every language is first charged the cost of an unseen letter, and the languages that know a
     * context get the difference back: the longest context a language knows decides its cost, so the
     * orders are read longest first and a language is costed once per letter. The probes come first,
     * together, so that their cache misses overlap. This touches only the languages that know the
     * letter, instead of every language twice per letter, and gives the same sums.
     */
    void scoreWord(int[] word, int n, boolean[] candidate, Scratch s) {
        long[] found = s.found;
        for (int i = 0; i < n; i++) {
            int maxOrder = Math.min(MAX_ORDER, i + 1);
            int fallback = unseen + backoff * (maxOrder - 1);
            s.fallback += fallback;
            int letter = ++s.letter;
            // Longer and longer contexts: a language's last hit is its longest known context. The
            // profiles keep the suffix of every n-gram they keep, so the first miss ends the search.
            int orders = 0;
            long key = 0;
            for (int order = 1; order <= maxOrder; order++) {
                key |= (long) word[i - order + 1] << (NgramProfiles.BITS * (order - 1));
                long hit = profiles.find(key | ((long) order << 60));
                if (hit < 0) break;
                found[order] = hit;
                orders = order;
            }
            for (int order = orders; order >= 1; order--) {
                int refund = backoff * (maxOrder - order) - fallback;
                long hit = found[order];
                // Backwards, so that a language listed twice keeps its last cost, as an overwrite would.
                for (int start = (int) (hit >>> 8), p = start + (int) (hit & 0xff) - 1; p >= start; p--) {
                    int l = profiles.pairLanguage(p);
                    if (s.costedAt[l] != letter) {
                        s.costedAt[l] = letter;
                        if (candidate[l]) s.totals[l] += profiles.pairCost(p) + refund;
                    }
                }
            }
        }
    }
}
