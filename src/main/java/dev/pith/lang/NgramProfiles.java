package dev.pith.lang;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * The character n-gram profiles of the statistically told languages: for each n-gram of order 1..5
 * (within a word), the languages that know it with the cost {@code -ln P(last char | previous chars)},
 * quantized to one byte.
 *
 * <p>Stored for the scorer ({@link NgramScorer}) as a suffix trie, laid out so that a letter touches few
 * cache lines: the unigrams and bigrams in arrays indexed by their letters, and the orders 3 to 5 in one
 * open-addressing table per order, keyed by the node of the n-gram's suffix (one order lower) and the
 * letter added in front of it, so that a letter's contexts are found one order after the other with one
 * read each. A node says whether any longer n-gram extends it, so that a context no language knows is
 * mostly not even probed.
 *
 * <p>A node holds, per language that knows the n-gram, what that language's cost of the letter changes
 * by when this n-gram is the longest context it knows instead of the longest suffix of it that it knows
 * (costs relative to a letter the language has never seen, with the backoff penalty): adding these up
 * over the n-grams found for a letter gives each language its cost at its longest known context. A
 * bigram's node holds the sum with its unigram's, so that a letter after another reads one list for both.
 * Most nodes of orders 3 to 5 hold one or two languages, kept in the table's slot itself.
 *
 * <p>Immutable after construction and therefore thread-safe.
 */
final class NgramProfiles {
    static final String RESOURCE = "profiles.bin";
    private static final int MAGIC = 0x50495448;
    /** Bits per character index in a packed key of the file's format; the alphabet has fewer than 4096 letters. */
    static final int BITS = 12;
    static final int MAX_ORDER = 5;
    /** The share of a table's slots in use, at most. */
    private static final double LOAD = 0.6;

    // An int node (unigrams, bigrams): start << 7 | count << 1 | extended.
    // A long slot (orders 3 to 5): key << 35 | node, with the node as:
    //   bit 0: extended (some n-gram one order longer has this one as its suffix)
    //   bit 1: inline; then bit 2: two pairs, bits 3..18 the first pair, bits 19..34 the second,
    //          each language << 10 | (delta & 0x3ff)
    //   else bits 2..7 the count and 8..34 the start in the pairs list.
    // 35 bits of node leave 29 of key: a parent slot of up to 2^20 (the order-4 table of 50 languages).
    private static final int INLINE_LANGUAGE_BITS = 6;
    private static final int INLINE_DELTA_BITS = 10;
    private static final int KEY_SHIFT = 35;

    private final List<String> tags;
    private final List<String> scripts;
    private final double steps;
    private final char[] alphabet;
    /** Bits of a letter in a trie key: enough for the alphabet index (1..size). */
    private final int charBits;
    /**
     * Per BMP char, what the detector makes of it: {@link #SKIP} for a combining mark (after lower-casing),
     * else the alphabet index of its lower case when that is a letter some profile knows, else 0 (a
     * word break).
     */
    private final short[] charClass = new short[65536];
    static final short SKIP = -1;
    /** Unigram node per alphabet index, -1 when no language knows the letter. */
    private final int[] unigrams;
    /** Bigram node per {@link #bigramIndex}, -1 when unknown. */
    private final int[] bigrams;
    /** Orders 3, 4 and 5 (index 0, 1, 2); a slot is 0 when empty. */
    private final long[][] tables;
    /** The pairs of the nodes that do not hold theirs inline: {@code language << 16 | (delta & 0xffff)}. */
    private final int[] pairs;
    private final int ngramCount;

    private NgramProfiles(List<String> tags, List<String> scripts, double steps, char[] alphabet, int charBits,
                          int[] unigrams, int[] bigrams, long[][] tables, int[] pairs, int ngramCount) {
        this.tags = tags;
        this.scripts = scripts;
        this.steps = steps;
        this.alphabet = alphabet;
        this.charBits = charBits;
        short[] indexOfChar = new short[65536];
        for (int i = 0; i < alphabet.length; i++) indexOfChar[alphabet[i]] = (short) (i + 1);
        for (int c = 0; c < 65536; c++) {
            char lower = Character.toLowerCase((char) c);
            if (Character.getType(lower) == Character.NON_SPACING_MARK) {
                charClass[c] = SKIP;
            } else if (Character.isLetter(lower)) {
                charClass[c] = indexOfChar[lower];
            }
        }
        this.unigrams = unigrams;
        this.bigrams = bigrams;
        this.tables = tables;
        this.pairs = pairs;
        this.ngramCount = ngramCount;
    }

    /** Loads the profiles shipped with Pith. */
    static NgramProfiles load() {
        try (InputStream in = NgramProfiles.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the format written by {@code tools/BuildLanguageProfiles.java}. */
    static NgramProfiles read(byte[] data) throws IOException {
        DataInputStream header = new DataInputStream(new java.io.ByteArrayInputStream(data));
        if (header.readInt() != MAGIC || header.readInt() != 1) throw new IOException("not a profile file");
        double steps = header.readDouble();
        int nLangs = header.readUnsignedByte();
        if (nLangs > 1 << INLINE_LANGUAGE_BITS) throw new IOException("too many languages");
        String[] tags = new String[nLangs];
        String[] scripts = new String[nLangs];
        for (int i = 0; i < nLangs; i++) {
            tags[i] = header.readUTF();
            scripts[i] = header.readUTF();
        }
        char[] alphabet = new char[header.readUnsignedShort()];
        for (int i = 0; i < alphabet.length; i++) alphabet[i] = header.readChar();
        int count = header.readInt();
        // The body is parsed from the byte array directly: a DataInputStream per byte is too slow for
        // the load-time budget.
        int pos = data.length - header.available();
        Raw raw = new Raw(count, (data.length - pos) / 2);
        for (int e = 0; e < count; e++) {
            int n = data[pos++];
            if (n < 1 || n > MAX_ORDER) throw new IOException("bad n-gram order " + n);
            long key = (long) n << 60;
            // The last char in the lowest bits, the one before above it, and so on.
            for (int i = 0; i < n; i++) {
                long index = ((data[pos] & 0xff) << 8) | (data[pos + 1] & 0xff);
                if (index < 1 || index > alphabet.length) throw new IOException("bad letter index " + index);
                key |= index << (BITS * (n - 1 - i));
                pos += 2;
            }
            int k = data[pos++] & 0xff;
            int start = raw.pairCount;
            for (int i = 0; i < k; i++) {
                int pair = ((data[pos] & 0xff) << 8) | (data[pos + 1] & 0xff);
                if ((pair >>> 8) >= nLangs) throw new IOException("bad language index");
                raw.pairs[raw.pairCount++] = (short) pair;
                pos += 2;
            }
            raw.add(key, start, k);
        }
        return build(List.of(tags), List.of(scripts), steps, alphabet, raw);
    }

    /** The file's n-grams by their full key, to look suffixes up while building the trie. */
    private static final class Raw {
        final long[] keys;
        final int[] starts;
        final int[] counts;
        final short[] pairs;
        int pairCount;
        int size;
        private final int[] table;
        private final int mask;

        Raw(int count, int maxPairs) {
            keys = new long[count];
            starts = new int[count];
            counts = new int[count];
            pairs = new short[maxPairs];
            int capacity = Integer.highestOneBit(Math.max(2, count) * 2 - 1) << 1;
            table = new int[capacity];
            mask = capacity - 1;
        }

        void add(long key, int start, int count) {
            int slot = (int) mix(key) & mask;
            while (table[slot] != 0) {
                if (keys[table[slot] - 1] == key) return; // a repeated n-gram: the first one read counts
                slot = (slot + 1) & mask;
            }
            keys[size] = key;
            starts[size] = start;
            counts[size] = count;
            table[slot] = ++size;
        }

        /** The index of the n-gram with this full key, -1 when the file has none. */
        int indexOf(long key) {
            int slot = (int) mix(key) & mask;
            while (table[slot] != 0) {
                int e = table[slot] - 1;
                if (keys[e] == key) return e;
                slot = (slot + 1) & mask;
            }
            return -1;
        }
    }

    /** The key of the suffix of order {@code order} of the n-gram with full key {@code key}. */
    private static long suffix(long key, int order) {
        return (key & ((1L << (BITS * order)) - 1)) | ((long) order << 60);
    }

    /** The alphabet index of the n-gram's first letter. */
    private static int first(long key, int order) {
        return (int) (key >>> (BITS * (order - 1))) & ((1 << BITS) - 1);
    }

    private static NgramProfiles build(List<String> tags, List<String> scripts, double steps, char[] alphabet, Raw raw)
            throws IOException {
        Builder b = new Builder(tags.size(), steps, alphabet, raw);
        // The n-grams by order, in file order within an order: an n-gram's place in the trie is found
        // from its suffix's, so shorter orders come first.
        int n = raw.size;
        int[] byOrder = new int[n];
        int[] orderStart = new int[MAX_ORDER + 2];
        for (int e = 0; e < n; e++) orderStart[(int) (raw.keys[e] >>> 60) + 1]++;
        for (int o = 1; o <= MAX_ORDER + 1; o++) orderStart[o] += orderStart[o - 1];
        int[] fill = Arrays.copyOf(orderStart, orderStart.length);
        for (int e = 0; e < n; e++) byOrder[fill[(int) (raw.keys[e] >>> 60)]++] = e;
        for (int order = 3; order <= MAX_ORDER; order++) {
            b.tables[order - 3] = new long[Math.max(2, (int) ((orderStart[order + 1] - orderStart[order]) / LOAD) + 1)];
        }
        // Small steps in methods of their own, so that the JIT compiles them early in this one long run.
        for (int order = 1; order <= MAX_ORDER; order++) {
            for (int j = orderStart[order]; j < orderStart[order + 1]; j++) {
                b.place(byOrder[j], order);
            }
        }
        return new NgramProfiles(tags, scripts, steps, alphabet, b.charBits, b.unigrams, b.bigrams, b.tables,
            Arrays.copyOf(b.pairs, b.used), b.kept);
    }

    /** Builds the trie from the file's n-grams; see {@link #build}. */
    private static final class Builder {
        final Raw raw;
        final int unseen;
        final int backoff;
        final int letters;
        final int charBits;
        /**
         * Per n-gram: the index of its suffix one order shorter, and its node in the trie (alphabet index,
         * bigram index or slot), -1 when the scorer never reaches it: it looks an n-gram up only after all
         * its suffixes were found, so one without all of them is left out.
         */
        final int[] suffixOf;
        final int[] node;
        final int[] unigrams;
        final int[] bigrams;
        final long[][] tables = new long[MAX_ORDER - 2][];
        int[] pairs = new int[1024];
        int used;
        int kept;
        // The n-gram being placed: its languages, each one's relative cost at this n-gram and at the
        // longest suffix it knows; mark tells which languages are listed (generation), and found at a
        // suffix (-generation).
        final int[] mark;
        final int[] cost;
        final int[] previous;
        final int[] listed;
        int listedCount;
        int generation;

        Builder(int languages, double steps, char[] alphabet, Raw raw) {
            this.raw = raw;
            this.unseen = NgramScorer.unseen(steps);
            this.backoff = NgramScorer.backoff(steps);
            this.letters = alphabet.length + 1;
            this.charBits = 32 - Integer.numberOfLeadingZeros(alphabet.length);
            suffixOf = new int[raw.size];
            node = new int[raw.size];
            Arrays.fill(node, -1);
            unigrams = new int[letters];
            bigrams = new int[letters * letters];
            Arrays.fill(unigrams, -1);
            Arrays.fill(bigrams, -1);
            mark = new int[languages];
            cost = new int[languages];
            previous = new int[languages];
            listed = new int[languages];
        }

        /** Places n-gram {@code e} of {@code order}, all of whose suffixes were placed before. */
        void place(int e, int order) throws IOException {
            long key = raw.keys[e];
            int suffix = order == 1 ? -1 : raw.indexOf(suffix(key, order - 1));
            suffixOf[e] = suffix;
            if (order > 1 && (suffix < 0 || node[suffix] < 0)) return;
            list(e, order);
            previous(suffix, order);
            kept++;
            if (order == 1) {
                int c = (int) key & ((1 << BITS) - 1);
                unigrams[c] = unigram();
                node[e] = c;
            } else if (order == 2) {
                int index = bigramIndex(key, letters);
                bigrams[index] = bigram(suffix);
                node[e] = index;
                unigrams[node[suffix]] |= 1;
            } else {
                int parent = node[suffix];
                node[e] = insert(tables[order - 3], (long) parent << charBits | first(key, order), longNode());
                if (order == 3) {
                    bigrams[parent] |= 1;
                } else {
                    tables[order - 4][parent] |= 1;
                }
            }
            if (used >= 1 << 24) throw new IOException("profile too large");
        }

        /** Lists the languages of n-gram {@code e} with their relative cost; a language listed twice keeps its last. */
        private void list(int e, int order) {
            generation++;
            listedCount = 0;
            for (int p = raw.starts[e], end = p + raw.counts[e]; p < end; p++) {
                int l = raw.pairs[p] >>> 8 & 0xff;
                if (mark[l] != generation) {
                    mark[l] = generation;
                    listed[listedCount++] = l;
                    previous[l] = 0;
                }
                cost[l] = relative(raw.pairs[p] & 0xff, order, unseen, backoff);
            }
        }

        /** The relative cost of each listed language at the longest suffix it knows, 0 when it knows none. */
        private void previous(int suffix, int order) {
            int found = 0;
            for (int s = suffix, lower = order - 1; s >= 0 && found < listedCount; s = lower > 1 ? suffixOf[s] : -1, lower--) {
                // Longest suffix first: the first cost found for a language is its longest known
                // context; within a list, a language's last listing counts.
                for (int p = raw.starts[s], end = p + raw.counts[s]; p < end; p++) {
                    int l = raw.pairs[p] >>> 8 & 0xff;
                    if (mark[l] == generation || mark[l] == ~generation) {
                        mark[l] = ~generation;
                        previous[l] = relative(raw.pairs[p] & 0xff, lower, unseen, backoff);
                    }
                }
                for (int i = 0; i < listedCount; i++) {
                    if (mark[listed[i]] == ~generation) {
                        mark[listed[i]] = -generation;
                        found++;
                    }
                }
            }
        }

        private void append(int language, int delta) throws IOException {
            if (used == pairs.length) pairs = Arrays.copyOf(pairs, pairs.length * 2);
            pairs[used++] = pair(language, delta);
        }

        private int unigram() throws IOException {
            int start = used;
            for (int i = 0; i < listedCount; i++) {
                int l = listed[i];
                if (cost[l] != 0) append(l, cost[l]);
            }
            return intNode(start, used - start);
        }

        /** A bigram's node, summed with its unigram's: each language at the longer of the two contexts it knows. */
        private int bigram(int unigram) throws IOException {
            generation++;
            int start = used;
            for (int i = 0; i < listedCount; i++) {
                int l = listed[i];
                mark[l] = generation;
                if (cost[l] != 0) append(l, cost[l]);
            }
            for (int p = raw.starts[unigram], end = p + raw.counts[unigram]; p < end; p++) {
                int l = raw.pairs[p] >>> 8 & 0xff;
                if (mark[l] == generation) continue;
                mark[l] = generation;
                int last = 0; // the unigram's own cost for l: its last listing
                for (int q = p; q < end; q++) {
                    if ((raw.pairs[q] >>> 8 & 0xff) == l) last = raw.pairs[q] & 0xff;
                }
                int r = relative(last, 1, unseen, backoff);
                if (r != 0) append(l, r);
            }
            return intNode(start, used - start);
        }

        /** The node of an n-gram of order 3 or more: its pairs inline when they fit, else in the list. */
        private long longNode() throws IOException {
            int count = 0;
            int first = 0;
            int second = 0;
            boolean fits = true;
            int start = used;
            for (int i = 0; i < listedCount; i++) {
                int l = listed[i];
                int delta = cost[l] - previous[l];
                if (delta == 0) continue;
                if (count == 0) first = inlinePair(l, delta);
                if (count == 1) second = inlinePair(l, delta);
                count++;
                fits &= delta >= -(1 << (INLINE_DELTA_BITS - 1)) && delta < 1 << (INLINE_DELTA_BITS - 1);
                append(l, delta);
            }
            if (count <= 2 && fits) {
                used = start;
                long value = 2L;
                if (count >= 1) value |= (long) first << 3;
                if (count == 2) value |= 4L | (long) second << 19;
                return value;
            }
            if (count >= 1 << 6 || start >= 1 << 27) throw new IOException("profile too large");
            return (long) start << 8 | (long) count << 2;
        }

        private static int insert(long[] table, long trieKey, long value) throws IOException {
            if (trieKey >= 1L << (64 - KEY_SHIFT)) throw new IOException("profile too large");
            int slot = home(trieKey, table.length);
            while (table[slot] != 0) slot = slot + 1 == table.length ? 0 : slot + 1;
            table[slot] = trieKey << KEY_SHIFT | value;
            return slot;
        }
    }

    private static int pair(int language, int delta) throws IOException {
        if (delta != (short) delta) throw new IOException("cost out of range");
        return language << 16 | (delta & 0xffff);
    }

    private static int inlinePair(int language, int delta) {
        return language << INLINE_DELTA_BITS | (delta & ((1 << INLINE_DELTA_BITS) - 1));
    }

    private static int intNode(int start, int count) {
        return start << 7 | count << 1;
    }

    /** The cost of a letter at a context of {@code order} (with the backoff to it) minus the cost of an unseen letter. */
    private static int relative(int cost, int order, int unseen, int backoff) {
        return cost - unseen - backoff * (order - 1);
    }

    private static int bigramIndex(long key, int letters) {
        return first(key, 2) * letters + ((int) key & ((1 << BITS) - 1));
    }

    private static long mix(long key) {
        key *= 0x9E3779B97F4A7C15L;
        return key ^ (key >>> 29);
    }

    /** The first slot to probe for {@code trieKey} in a table of {@code capacity} slots. */
    static int home(long trieKey, int capacity) {
        long h = trieKey * 0x9E3779B97F4A7C15L;
        h ^= h >>> 32;
        h *= 0xC2B2AE3D27D4EB4FL;
        return (int) (((h >>> 32) * capacity) >>> 32);
    }

    /** Number of languages, indexed 0..count-1. */
    int languageCount() {
        return tags.size();
    }

    String tag(int language) {
        return tags.get(language);
    }

    /** The script name (as in {@link Character.UnicodeScript}) the language's profile is written in. */
    String script(int language) {
        return scripts.get(language);
    }

    /** Cost units per nat. */
    double steps() {
        return steps;
    }

    /** What the detector makes of char {@code c}: {@link #SKIP}, a word break (0) or a letter's alphabet index. */
    int charClass(char c) {
        return charClass[c];
    }

    int alphabetSize() {
        return alphabet.length;
    }

    /** The unigram node of letter {@code c} (an alphabet index), -1 when no language knows it. */
    int unigram(int c) {
        return unigrams[c];
    }

    /** The bigram index of letters {@code previous, c}. */
    int bigramIndex(int previous, int c) {
        return previous * (alphabet.length + 1) + c;
    }

    /** The bigram node at bigram index {@code index} (summed with its unigram's), -1 when no language knows it. */
    int bigram(int index) {
        return bigrams[index];
    }

    /** Whether some n-gram one order longer extends the n-gram of this int node. */
    static boolean extended(int node) {
        return (node & 1) != 0;
    }

    /** Adds the pairs of an int node (unigram or bigram) to {@code totals}. */
    void add(int node, long[] totals) {
        int[] pairs = this.pairs;
        for (int p = node >>> 7, end = p + (node >>> 1 & 0x3f); p < end; p++) {
            int pair = pairs[p];
            totals[pair >>> 16] += (short) pair;
        }
    }

    /**
     * The slot of the n-gram of {@code order} (3 to 5) made of the letter {@code c} in front of the n-gram
     * whose node (for order 3: bigram index) is {@code parent}, or -1 when no language knows it. The slot
     * is the n-gram's node, the parent of the next order.
     */
    int find(int order, int parent, int c) {
        long[] table = tables[order - 3];
        long key = (long) parent << charBits | c;
        int slot = home(key, table.length);
        while (true) {
            long k = table[slot];
            if (k >>> KEY_SHIFT == key) return slot;
            if (k == 0) return -1;
            slot = slot + 1 == table.length ? 0 : slot + 1;
        }
    }

    /** The content of a slot of the table of {@code order}. */
    long slot(int order, int slot) {
        return tables[order - 3][slot];
    }

    /** Whether some n-gram one order longer extends the n-gram of this slot content. */
    static boolean extended(long slot) {
        return (slot & 1) != 0;
    }

    /** Adds the pairs of a long node (orders 3 to 5) to {@code totals}. */
    void add(long slot, long[] totals) {
        if ((slot & 2) != 0) {
            int first = (int) (slot >>> 3) & 0xffff;
            totals[first >>> INLINE_DELTA_BITS] += inlineDelta(first);
            if ((slot & 4) != 0) {
                int second = (int) (slot >>> 19) & 0xffff;
                totals[second >>> INLINE_DELTA_BITS] += inlineDelta(second);
            }
            return;
        }
        int[] pairs = this.pairs;
        for (int p = (int) (slot >>> 8) & 0x7ffffff, end = p + ((int) (slot >>> 2) & 0x3f); p < end; p++) {
            int pair = pairs[p];
            totals[pair >>> 16] += (short) pair;
        }
    }

    private static int inlineDelta(int pair) {
        return (pair << (32 - INLINE_DELTA_BITS)) >> (32 - INLINE_DELTA_BITS);
    }

    /** The number of n-grams the scorer can reach. */
    int ngramCount() {
        return ngramCount;
    }
}
