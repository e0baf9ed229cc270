package dev.pith.segment;

/**
 * Where a block sits in the DOM: its element and that element's ancestors, each known by a number
 * unique within the page. Two blocks share an ancestor when their chains meet, which is how the
 * article's container is found without keeping the DOM. Numbers are only comparable between blocks
 * of the same page.
 *
 * <p>A chain links to its parent's chain, so a page's chains share their common part and cost one
 * node per element however deep the page nests (a copied path per block would not be bounded).
 *
 * <p>Immutable and thread-safe.
 */
public final class Ancestry {

    /** No element (a text dump, or the page's root): shares nothing with anything. */
    public static final Ancestry NONE = new Ancestry(-1, null);

    private final int element;
    private final Ancestry parent;
    private final int depth;

    private Ancestry(int element, Ancestry parent) {
        this.element = element;
        this.parent = parent;
        this.depth = parent == null ? 0 : parent.depth + 1;
    }

    /** The chain of a child element numbered {@code element} under this chain's element. */
    public Ancestry child(int element) {
        return new Ancestry(element, this);
    }

    /** The chain of the given element numbers, root first (for tests and tools). */
    public static Ancestry of(int... path) {
        Ancestry a = NONE;
        for (int e : path) {
            a = a.child(e);
        }
        return a;
    }

    /** Number of elements on the chain, the block's own included. */
    public int depth() {
        return depth;
    }

    /** How many elements from the root down the two chains have in common. */
    public int shared(Ancestry other) {
        Ancestry a = this;
        Ancestry b = other;
        while (a.depth > b.depth) {
            a = a.parent;
        }
        while (b.depth > a.depth) {
            b = b.parent;
        }
        // An element's number is unique in its page, so the first equal number is the common ancestor.
        while (a.depth > 0 && a.element != b.element) {
            a = a.parent;
            b = b.parent;
        }
        return a.depth;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ancestry a && a.depth == depth && shared(a) == depth;
    }

    @Override
    public int hashCode() {
        return 31 * depth + element;
    }

    /** The element numbers root first, as "3>7>12"; built without recursion, as chains can be deep. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Ancestry a = this; a.depth > 0; a = a.parent) {
            b.insert(0, a.depth == depth ? String.valueOf(a.element) : a.element + ">");
        }
        return b.toString();
    }
}
