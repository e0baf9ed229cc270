package dev.pith.segment;

import java.util.Arrays;

/**
 * Where a block sits in the DOM: a number for its element and for each of its ancestors, root first.
 * Two blocks share an ancestor when their paths share a prefix, which is how the article's container
 * is found without keeping the DOM. Numbers are only comparable between blocks of the same page.
 *
 * <p>Immutable and thread-safe.
 */
public final class Ancestry {

    /** No markup (a text dump): shares nothing with anything. */
    public static final Ancestry NONE = new Ancestry(new int[0]);

    private final int[] path;

    /** @param path element numbers from the root down to the block's own element; copied */
    public Ancestry(int[] path) {
        this.path = path.clone();
    }

    /** Number of elements on the path, the block's own included. */
    public int depth() {
        return path.length;
    }

    /** How many elements from the root down the two paths have in common. */
    public int shared(Ancestry other) {
        int n = Math.min(path.length, other.path.length);
        int i = 0;
        while (i < n && path[i] == other.path[i]) {
            i++;
        }
        return i;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ancestry a && Arrays.equals(path, a.path);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(path);
    }

    @Override
    public String toString() {
        return Arrays.toString(path);
    }
}
