package dev.pith.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

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
    /** Per phrase of {@link #ordered}, the filter bit of its first two chars, -1 when shorter. */
    private final int[] pairBit;
    private final Map<Character, List<Phrase>> byFirst;
    private final Map<Character, List<Phrase>> byLast;
    /** The empty phrase, if a lexicon ever held one: it starts and ends every text. */
    private final List<Phrase> empty;

    PhraseIndex(Map<String, Phrase> byText) {
        this.byText = byText;
        this.ordered = byText.values().toArray(new Phrase[0]);
        this.pairBit = new int[ordered.length];
        Map<Character, List<Phrase>> first = new HashMap<>();
        Map<Character, List<Phrase>> last = new HashMap<>();
        List<Phrase> none = new ArrayList<>();
        for (int k = 0; k < ordered.length; k++) {
            String t = ordered[k].text();
            pairBit[k] = t.length() < 2 ? -1 : pairBit(t.charAt(0), t.charAt(1));
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
     * Every phrase that occurs in {@code normalized} at word boundaries, in lexicon order. A phrase whose
     * first two chars never follow each other in the text cannot occur in it; a bit filter of the text's
     * pairs rules most phrases out before any search.
     */
    List<Phrase> occurrences(String normalized) {
        long[] pairs = new long[PAIR_BITS / 64];
        for (int i = 0; i + 1 < normalized.length(); i++) {
            int bit = pairBit(normalized.charAt(i), normalized.charAt(i + 1));
            pairs[bit >>> 6] |= 1L << bit;
        }
        List<Phrase> hits = new ArrayList<>();
        for (int k = 0; k < ordered.length; k++) {
            int bit = pairBit[k];
            if (bit >= 0 && (pairs[bit >>> 6] & 1L << bit) == 0) {
                continue;
            }
            if (PhraseMatcher.indexOf(normalized, ordered[k].text()) >= 0) {
                hits.add(ordered[k]);
            }
        }
        return hits;
    }

    private static int pairBit(char a, char b) {
        return (a * 31 + b) & (PAIR_BITS - 1);
    }
}
