package dev.pith.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.stream.IntStream;

/**
 * The phrases of one kind, indexed for the questions rules ask of every block: which phrase starts or
 * ends it, which occur in it. Asking every phrase of a kind about every block was a large share of a
 * page's cost; the index asks only the phrases that can match.
 *
 * <p>Immutable and thread-safe.
 */
final class PhraseIndex {

    /** Bits of the filter of a text's character pairs; a few hundred pairs leave most of it clear. */
    private static final int PAIR_BITS = 4096;

    private final Map<String, Phrase> byText;
    /** Every phrase in lexicon order, which {@link #occurrences} keeps. */
    private final Phrase[] ordered;
    /** Per phrase of {@link #ordered}, the filter bits of its char pairs, each once. */
    private final int[][] pairsOf;
    /**
     * Per filter bit, the phrases of {@link #ordered} (their indices, ascending) filed under it: each
     * under the one of its pairs that the fewest phrases have, so that a text's common pairs ("th",
     * "e ") bring up few phrases.
     */
    private final int[][] byRarestPair;
    /** The phrases of {@link #ordered} shorter than two chars, which no pair rules out. */
    private final int[] unpaired;
    private final Map<Character, List<Phrase>> byFirst;
    private final Map<Character, List<Phrase>> byLast;
    /** The empty phrase, if a lexicon ever held one: it starts and ends every text. */
    private final List<Phrase> empty;

    PhraseIndex(Map<String, Phrase> byText) {
        this.byText = byText;
        this.ordered = byText.values().toArray(new Phrase[0]);
        this.pairsOf = new int[ordered.length][];
        for (int k = 0; k < ordered.length; k++) {
            pairsOf[k] = pairBits(ordered[k].text());
        }
        this.byRarestPair = fileByRarestPair(pairsOf);
        this.unpaired = IntStream.range(0, ordered.length).filter(k -> pairsOf[k].length == 0).toArray();
        Map<Character, List<Phrase>> first = new HashMap<>();
        Map<Character, List<Phrase>> last = new HashMap<>();
        List<Phrase> none = new ArrayList<>();
        for (int k = 0; k < ordered.length; k++) {
            String t = ordered[k].text();
            if (t.isEmpty()) {
                none.add(ordered[k]);
            } else {
                first.computeIfAbsent(t.charAt(0), c -> new ArrayList<>()).add(ordered[k]);
                last.computeIfAbsent(t.charAt(t.length() - 1), c -> new ArrayList<>()).add(ordered[k]);
            }
        }
        first.replaceAll((c, l) -> List.copyOf(l));
        last.replaceAll((c, l) -> List.copyOf(l));
        this.byFirst = Map.copyOf(first);
        this.byLast = Map.copyOf(last);
        this.empty = List.copyOf(none);
    }

    /** The distinct filter bits of the char pairs of {@code t}; none when it is shorter than two chars. */
    private static int[] pairBits(String t) {
        int[] bits = new int[Math.max(0, t.length() - 1)];
        for (int i = 0; i + 1 < t.length(); i++) {
            bits[i] = pairBit(t.charAt(i), t.charAt(i + 1));
        }
        return Arrays.stream(bits).distinct().toArray();
    }

    /** Files each phrase with pairs under the one of them that the fewest phrases have (the first on a tie). */
    private static int[][] fileByRarestPair(int[][] pairsOf) {
        int[] phrasesWith = new int[PAIR_BITS];
        for (int[] bits : pairsOf) {
            for (int bit : bits) {
                phrasesWith[bit]++;
            }
        }
        int[] key = new int[pairsOf.length];
        int[] size = new int[PAIR_BITS];
        for (int k = 0; k < pairsOf.length; k++) {
            key[k] = -1;
            for (int bit : pairsOf[k]) {
                if (key[k] < 0 || phrasesWith[bit] < phrasesWith[key[k]]) {
                    key[k] = bit;
                }
            }
            if (key[k] >= 0) {
                size[key[k]]++;
            }
        }
        int[][] filed = new int[PAIR_BITS][];
        for (int bit = 0; bit < PAIR_BITS; bit++) {
            filed[bit] = new int[size[bit]];
            size[bit] = 0;
        }
        for (int k = 0; k < pairsOf.length; k++) {
            if (key[k] >= 0) {
                filed[key[k]][size[key[k]]++] = k;
            }
        }
        return filed;
    }

    Phrase get(String normalized) {
        return byText.get(normalized);
    }

    boolean contains(String normalized) {
        return byText.containsKey(normalized);
    }

    /**
     * The longest phrase that starts {@code normalized} at a word boundary, or null. Only phrases that
     * begin with the text's first char can; and two distinct phrases of one length cannot both start
     * it, so the order they are asked in does not matter.
     */
    Phrase longestPrefix(String normalized) {
        return longest(normalized.isEmpty() ? List.of() : byFirst.getOrDefault(normalized.charAt(0), List.of()),
                normalized, PhraseMatcher::startsWith);
    }

    /** The longest phrase that ends {@code normalized} at a word boundary, or null; as {@link #longestPrefix}. */
    Phrase longestSuffix(String normalized) {
        return longest(normalized.isEmpty() ? List.of() : byLast.getOrDefault(normalized.charAt(normalized.length() - 1), List.of()),
                normalized, PhraseMatcher::endsWith);
    }

    private Phrase longest(List<Phrase> candidates, String normalized, BiPredicate<String, String> matches) {
        Phrase best = null;
        for (Phrase p : candidates) {
            if (matches.test(normalized, p.text()) && (best == null || p.text().length() > best.text().length())) {
                best = p;
            }
        }
        if (best == null) {
            for (Phrase p : empty) {
                if (matches.test(normalized, p.text())) {
                    return p;
                }
            }
        }
        return best;
    }

    /**
     * Every phrase that occurs in {@code normalized} at word boundaries, in lexicon order. A phrase with a
     * pair of chars that never follow each other in the text cannot occur in it: a bit filter of the
     * text's pairs rules most phrases out before any search. The phrases are found from the text's pairs
     * (each filed under its rarest one), so that the cost goes with the text and the few phrases it could
     * hold, not with the thousands of phrases of all languages.
     */
    List<Phrase> occurrences(String normalized) {
        long[] pairs = new long[PAIR_BITS / 64];
        int[] candidates = unpaired.clone();
        int count = candidates.length;
        for (int i = 0; i + 1 < normalized.length(); i++) {
            int bit = pairBit(normalized.charAt(i), normalized.charAt(i + 1));
            if ((pairs[bit >>> 6] & 1L << bit) == 0) {
                pairs[bit >>> 6] |= 1L << bit;
                int[] filed = byRarestPair[bit];
                if (count + filed.length > candidates.length) {
                    candidates = Arrays.copyOf(candidates, Math.max(2 * candidates.length, count + filed.length));
                }
                System.arraycopy(filed, 0, candidates, count, filed.length);
                count += filed.length;
            }
        }
        int found = 0;
        for (int c = 0; c < count; c++) {
            int k = candidates[c];
            if (hasAll(pairs, pairsOf[k]) && PhraseMatcher.indexOf(normalized, ordered[k].text()) >= 0) {
                candidates[found++] = k;
            }
        }
        Arrays.sort(candidates, 0, found); // lexicon order
        List<Phrase> hits = new ArrayList<>(found);
        for (int c = 0; c < found; c++) {
            hits.add(ordered[candidates[c]]);
        }
        return hits;
    }

    private static boolean hasAll(long[] pairs, int[] bits) {
        for (int bit : bits) {
            if ((pairs[bit >>> 6] & 1L << bit) == 0) {
                return false;
            }
        }
        return true;
    }

    private static int pairBit(char a, char b) {
        return (a * 31 + b) & (PAIR_BITS - 1);
    }
}
