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

    private final Map<String, Phrase> byText;
    /** Every phrase in lexicon order, which {@link #occurrences} keeps. */
    private final Phrase[] ordered;
    /** Per phrase of {@link #ordered}, the filter bits of its char pairs, each once. */
    private final int[][] pairsOf;
    /**
     * The phrases of {@link #ordered} (their indices) filed under each filter bit, those of bit b from
     * {@code filedFrom[b]} to {@code filedFrom[b + 1]}, ascending: each under the one of its pairs that
     * the fewest phrases have, so that a text's common pairs ("th", "e ") bring up few phrases. Two flat
     * arrays, not one per bit: most bits have no phrase, and a text asks about every bit it sets.
     */
    private final int[] filed;
    private final int[] filedFrom;
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
        this.filedFrom = new int[TextPairs.BITS + 1];
        this.filed = fileByRarestPair(pairsOf, filedFrom);
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
            bits[i] = TextPairs.bit(t.charAt(i), t.charAt(i + 1));
        }
        return Arrays.stream(bits).distinct().toArray();
    }

    /**
     * Files each phrase with pairs under the one of them that the fewest phrases have (the first on a
     * tie); returns the phrases by bit and sets where each bit's start in {@code from}.
     */
    private static int[] fileByRarestPair(int[][] pairsOf, int[] from) {
        int[] phrasesWith = new int[TextPairs.BITS];
        for (int[] bits : pairsOf) {
            for (int bit : bits) {
                phrasesWith[bit]++;
            }
        }
        int[] key = new int[pairsOf.length];
        for (int k = 0; k < pairsOf.length; k++) {
            key[k] = -1;
            for (int bit : pairsOf[k]) {
                if (key[k] < 0 || phrasesWith[bit] < phrasesWith[key[k]]) {
                    key[k] = bit;
                }
            }
            if (key[k] >= 0) {
                from[key[k] + 1]++;
            }
        }
        for (int bit = 0; bit < TextPairs.BITS; bit++) {
            from[bit + 1] += from[bit];
        }
        int[] filed = new int[from[TextPairs.BITS]];
        int[] fill = Arrays.copyOf(from, TextPairs.BITS);
        for (int k = 0; k < pairsOf.length; k++) {
            if (key[k] >= 0) {
                filed[fill[key[k]]++] = k;
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
     * Every phrase that occurs at word boundaries in the normalized text whose pairs are {@code text}, in
     * lexicon order. A phrase with a pair of chars that never follow each other in the text cannot occur
     * in it: the text's pair filter rules most phrases out before any search. The phrases are found from the text's pairs
     * (each filed under its rarest one), so that the cost goes with the text and the few phrases it could
     * hold, not with the thousands of phrases of all languages.
     */
    List<Phrase> occurrences(TextPairs text) {
        String normalized = text.text();
        int[] candidates = unpaired.clone();
        int count = candidates.length;
        for (int b = 0; b < text.size(); b++) {
            int bit = text.bitAt(b);
            int from = filedFrom[bit];
            int n = filedFrom[bit + 1] - from;
            if (n == 0) {
                continue;
            }
            if (count + n > candidates.length) {
                candidates = Arrays.copyOf(candidates, Math.max(2 * candidates.length, count + n));
            }
            System.arraycopy(filed, from, candidates, count, n);
            count += n;
        }
        int found = 0;
        for (int c = 0; c < count; c++) {
            int k = candidates[c];
            if (hasAll(text, pairsOf[k]) && PhraseMatcher.indexOf(normalized, ordered[k].text()) >= 0) {
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

    private static boolean hasAll(TextPairs text, int[] bits) {
        for (int bit : bits) {
            if (!text.has(bit)) {
                return false;
            }
        }
        return true;
    }

}
