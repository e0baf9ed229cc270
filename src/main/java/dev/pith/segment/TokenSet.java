package dev.pith.segment;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The markup tokens of a block ({@link Structure#tokens()}): an immutable set of strings that iterates
 * in the order its tokens were first given.
 *
 * <p>Every block of an HTML page gets one, built from a few dozen tokens with many repeats (the same
 * class names on its ancestors). {@link Set#copyOf} built a {@code HashSet} and then a second table for
 * each; this one table, filled once, costs a fraction of that, and the array of the distinct tokens
 * reads faster than a hash table when a rule goes through them all.
 *
 * <p>Immutable and thread-safe; holds no nulls.
 */
final class TokenSet extends AbstractSet<String> {

    static final TokenSet EMPTY = new TokenSet(new String[0], new int[1]);

    /** The distinct tokens, in the order first given. */
    private final String[] tokens;
    /** Open addressing over {@link #tokens}: a slot holds an index plus one, 0 when empty; a power of two long. */
    private final int[] table;

    private TokenSet(String[] tokens, int[] table) {
        this.tokens = tokens;
        this.table = table;
    }

    /**
     * The distinct tokens of {@code given}, in its order; {@code given} itself when it is a token set.
     *
     * @throws NullPointerException if {@code given} or one of its tokens is null
     */
    static TokenSet copyOf(Collection<String> given) {
        if (given instanceof TokenSet t) {
            return t;
        }
        if (given.isEmpty()) {
            return EMPTY;
        }
        int n = given.size();
        // At most half full, so that a search for a token the set lacks (most of them) ends soon.
        int[] table = new int[Integer.highestOneBit(n) << 2];
        String[] distinct = new String[n];
        int size = 0;
        for (String token : given) {
            int slot = slot(token, distinct, table);
            if (table[slot] == 0) {
                distinct[size] = token;
                table[slot] = ++size;
            }
        }
        return new TokenSet(size == n ? distinct : Arrays.copyOf(distinct, size), table);
    }

    /** The slot of {@code token} in {@code table} over {@code tokens}, or the empty slot where it would go. */
    private static int slot(String token, String[] tokens, int[] table) {
        int mask = table.length - 1;
        int h = token.hashCode(); // throws for a null token, as Set.copyOf does
        int slot = (h ^ h >>> 16) & mask;
        for (int e = table[slot]; e != 0; e = table[slot]) {
            if (tokens[e - 1].equals(token)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    @Override
    public boolean contains(Object o) {
        Objects.requireNonNull(o, "token"); // as the sets of Set.copyOf
        return o instanceof String s && table[slot(s, tokens, table)] != 0;
    }

    @Override
    public int size() {
        return tokens.length;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < tokens.length;
            }

            @Override
            public String next() {
                if (next >= tokens.length) {
                    throw new NoSuchElementException();
                }
                return tokens[next++];
            }
        };
    }
}
