package dev.pith.text;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Finds which of a fixed set of strings occur within a text, in one pass over the text however many
 * strings there are (an Aho-Corasick automaton). Checking each string with {@code contains} against
 * each block of a page costs the number of strings times the page; a crafted page with many short
 * lines made that quadratic.
 *
 * <p>The automaton is a trie of the strings, built breadth-first from their sorted order so that a
 * node's children sit next to each other sorted by character and are found by binary search: memory
 * is a few ints per character of the strings, whatever the alphabet.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class SubstringFinder {

    private static final int ROOT = 0;

    private final char[] label;
    private final int[] firstChild;
    private final int[] childCount;
    private final int[] fail;
    /** The string that ends at a node, -1 for none. */
    private final int[] ends;
    /** The nearest node along the failure links at which a string ends, -1 for none. */
    private final int[] nextEnd;

    private SubstringFinder(int nodes) {
        label = new char[nodes];
        firstChild = new int[nodes];
        childCount = new int[nodes];
        fail = new int[nodes];
        ends = new int[nodes];
        nextEnd = new int[nodes];
    }

    /**
     * A finder for {@code strings}, which must be distinct and not empty; a string's index in the
     * list is the number {@link #search} reports for it.
     *
     * @throws IllegalArgumentException if a string is empty or occurs twice
     */
    public static SubstringFinder of(List<String> strings) {
        Integer[] order = new Integer[strings.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparing(strings::get));
        int nodes = 1;
        for (int k = 0; k < order.length; k++) {
            String s = strings.get(order[k]);
            int shared = k == 0 ? 0 : commonPrefix(strings.get(order[k - 1]), s);
            if (s.isEmpty() || (k > 0 && shared == s.length())) {
                throw new IllegalArgumentException("strings must be distinct and not empty: \"" + s + "\"");
            }
            nodes += s.length() - shared;
        }
        SubstringFinder f = new SubstringFinder(nodes);
        f.build(strings, order);
        return f;
    }

    /**
     * Calls {@code found} with the index of each string that occurs in {@code text}, once per
     * occurrence, in the order the occurrences end.
     */
    public void search(CharSequence text, IntConsumer found) {
        int state = ROOT;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int next;
            while ((next = child(state, c)) < 0 && state != ROOT) {
                state = fail[state];
            }
            state = next < 0 ? ROOT : next;
            for (int m = ends[state] >= 0 ? state : nextEnd[state]; m >= 0; m = nextEnd[m]) {
                found.accept(ends[m]);
            }
        }
    }

    /**
     * Nodes are numbered breadth-first, so the node list is its own queue: when a node is reached its
     * failure link was set by its parent, and every node that link can lead to is shallower, so it
     * was expanded before. Each node covers the range of sorted strings that share its prefix.
     */
    private void build(List<String> strings, Integer[] order) {
        int n = label.length;
        int[] from = new int[n];
        int[] to = new int[n];
        int[] depth = new int[n];
        to[ROOT] = order.length;
        ends[ROOT] = -1;
        nextEnd[ROOT] = -1;
        int allocated = 1;
        for (int node = 0; node < allocated; node++) {
            int k = ends[node] >= 0 ? from[node] + 1 : from[node];
            firstChild[node] = allocated;
            while (k < to[node]) {
                char c = strings.get(order[k]).charAt(depth[node]);
                int end = k + 1;
                while (end < to[node] && strings.get(order[end]).charAt(depth[node]) == c) {
                    end++;
                }
                int kid = allocated++;
                label[kid] = c;
                from[kid] = k;
                to[kid] = end;
                depth[kid] = depth[node] + 1;
                // The range starts with the one string that is exactly this prefix, if any. It is
                // marked now, not when the node is expanded: a deeper node's link may lead here first.
                ends[kid] = strings.get(order[k]).length() == depth[kid] ? order[k] : -1;
                link(node, kid);
                k = end;
            }
            childCount[node] = allocated - firstChild[node];
        }
    }

    private void link(int parent, int kid) {
        int target = ROOT;
        if (parent != ROOT) {
            int state = fail[parent];
            int next;
            while ((next = child(state, label[kid])) < 0 && state != ROOT) {
                state = fail[state];
            }
            target = next < 0 ? ROOT : next;
        }
        fail[kid] = target;
        nextEnd[kid] = ends[target] >= 0 ? target : nextEnd[target];
    }

    private int child(int node, char c) {
        int lo = firstChild[node];
        int hi = lo + childCount[node] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (label[mid] < c) {
                lo = mid + 1;
            } else if (label[mid] > c) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
