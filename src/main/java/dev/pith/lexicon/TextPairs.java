package dev.pith.lexicon;

import java.util.Arrays;

/**
 * The pairs of adjacent chars of one normalized text, as a bit filter: a phrase with a pair the text
 * lacks cannot occur in it (see {@link Lexicon#occurrences(PhraseKind, TextPairs)}). Reading a block's
 * pairs costs about as much as ruling out the phrases of a kind with them, and rules ask about several
 * kinds per block, so a page reads each block's pairs once ({@code Document.occurrences}).
 *
 * <p>Immutable and thread-safe.
 */
public final class TextPairs {

    /** Bits of the filter; a few hundred pairs leave most of it clear. */
    static final int BITS = 4096;

    private final String text;
    private final long[] filter;
    /** The filter's set bits, each once, in the order the text first has them. */
    private final int[] bits;

    private TextPairs(String text, long[] filter, int[] bits) {
        this.text = text;
        this.filter = filter;
        this.bits = bits;
    }

    /** The pairs of {@code normalized}, a text as {@link PhraseMatcher#normalize} gives it; never null. */
    public static TextPairs of(String normalized) {
        long[] filter = new long[BITS / 64];
        int[] bits = new int[Math.max(0, normalized.length() - 1)];
        int count = 0;
        for (int i = 0; i + 1 < normalized.length(); i++) {
            int bit = bit(normalized.charAt(i), normalized.charAt(i + 1));
            if ((filter[bit >>> 6] & 1L << bit) == 0) {
                filter[bit >>> 6] |= 1L << bit;
                bits[count++] = bit;
            }
        }
        return new TextPairs(normalized, filter, Arrays.copyOf(bits, count));
    }

    /** The normalized text. */
    public String text() {
        return text;
    }

    /** Whether the text has a pair of filter bit {@code bit}. */
    boolean has(int bit) {
        return (filter[bit >>> 6] & 1L << bit) != 0;
    }

    /** The number of distinct filter bits the text's pairs set. */
    int size() {
        return bits.length;
    }

    /** The {@code k}th distinct filter bit, in the order the text first has them. */
    int bitAt(int k) {
        return bits[k];
    }

    /** The filter bit of the pair {@code a, b}. */
    static int bit(char a, char b) {
        return (a * 31 + b) & (BITS - 1);
    }
}
