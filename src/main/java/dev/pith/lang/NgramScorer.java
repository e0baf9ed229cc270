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
    static final int MAX_ORDER = NgramProfiles.MAX_ORDER;

    private final NgramProfiles profiles;
    private final int backoff;
    private final int unseen;

    NgramScorer(NgramProfiles profiles) {
        this.profiles = profiles;
        this.backoff = backoff(profiles.steps());
        this.unseen = unseen(profiles.steps());
    }

    /** The backoff penalty per order dropped, in the profiles' cost units. */
    static int backoff(double steps) {
        return (int) Math.round(BACKOFF_NATS * steps);
    }

    /** The cost of a letter unknown to a language, in the profiles' cost units. */
    static int unseen(double steps) {
        return (int) Math.round(UNSEEN_NATS * steps);
    }

    /** Longer words are scored in pieces of this many letters. */
    static final int MAX_WORD = 64;

    /** Per-call working memory; one per thread. */
    static final class Scratch {
        /** Per language, its costs so far relative to the fallback; meaningful for the candidates only. */
        private final long[] totals;
        /** What every language pays when it knows no context of a letter, summed over the letters. */
        private long fallback;
        /** The text's letters (alphabet indices), with each one's position in its word. */
        private final int[] letters;
        private final int[] positions;
        private int count;
        /** Per letter being looked up: its index, and its node at the last order found. */
        private final int[] active;
        private final int[] parents;
        /** The nodes found at the order being looked up, added up once all are found. */
        private final long[] found;

        Scratch(int languages, int maxLetters) {
            totals = new long[languages];
            letters = new int[maxLetters];
            positions = new int[maxLetters];
            active = new int[maxLetters];
            parents = new int[maxLetters];
            found = new long[maxLetters];
        }

        /** Adds a letter at {@code position} in its word (0 for a word's first letter). */
        void add(int letter, int position) {
            letters[count] = letter;
            positions[count++] = position;
        }

        /** The cost of the text scored so far under {@code language}, when it is a candidate. */
        long total(int language) {
            return totals[language] + fallback;
        }
    }

    /**
     * Adds the cost of the letters of {@code s} to its totals.
     *
     * <p>Every language is first charged the cost of an unseen letter. Then each letter's contexts are
     * looked up, shortest first, until one is unknown (the profiles keep the suffix of every n-gram they
     * keep); each known one adjusts the cost of the languages that know it, so that after the last one
     * every language has paid for the longest context it knows, with the backoff penalty per order it
     * had to drop (see {@link NgramProfiles}). Only the languages that know a context are touched, and
     * the sums are those of costing each language once at its longest known context.
     *
     * <p>The lookups go one order at a time over all the letters, so that the memory reads of different
     * letters, independent of each other, overlap: the profiles are far larger than the processor's
     * caches, and waiting for each read in turn is most of the cost otherwise.
     */
    void score(Scratch s) {
        long[] totals = s.totals;
        NgramProfiles profiles = this.profiles;
        int[] letters = s.letters;
        int[] positions = s.positions;
        int[] active = s.active;
        int[] parents = s.parents;
        long[] found = s.found;
        int count = s.count;
        int next = 0;
        long fallback = 0;
        for (int j = 0; j < count; j++) {
            int i = positions[j];
            fallback += unseen + backoff * (Math.min(MAX_ORDER, i + 1) - 1);
            int c = letters[j];
            int index = i == 0 ? -1 : profiles.bigramIndex(letters[j - 1], c);
            int bigram = index < 0 ? -1 : profiles.bigram(index);
            if (bigram < 0) {
                int unigram = profiles.unigram(c);
                if (unigram >= 0) profiles.add(unigram, totals);
                continue;
            }
            profiles.add(bigram, totals); // the unigram's costs included
            if (i >= 2 && NgramProfiles.extended(bigram)) {
                active[next] = j;
                parents[next++] = index;
            }
        }
        s.fallback += fallback;
        for (int order = 3; order <= MAX_ORDER && next > 0; order++) {
            int n = next;
            next = 0;
            int hits = 0;
            for (int k = 0; k < n; k++) {
                int j = active[k];
                int slot = profiles.find(order, parents[k], letters[j - order + 1]);
                if (slot < 0) continue;
                long node = profiles.slot(order, slot);
                found[hits++] = node;
                if (order < MAX_ORDER && positions[j] >= order && NgramProfiles.extended(node)) {
                    active[next] = j;
                    parents[next++] = slot;
                }
            }
            // Added after all are found: each node's list is read without waiting on the next letter's
            // lookup, and the lists of different letters are read side by side.
            for (int h = 0; h < hits; h++) {
                profiles.add(found[h], totals);
            }
        }
    }
}
