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
 * <p>Immutable after construction and therefore thread-safe. All n-grams share one open-addressing hash
 * table so that one probe answers for every language at once; this is what keeps detection fast.
 */
final class NgramProfiles {
    static final String RESOURCE = "profiles.bin";
    private static final int MAGIC = 0x50495448;
    /** Bits per character index in a packed key; the alphabet has fewer than 4096 letters. */
    static final int BITS = 12;

    private final List<String> tags;
    private final List<String> scripts;
    private final double steps;
    private final char[] alphabet;
    /** Alphabet index of each BMP char, 0 when the char is not in any profile. */
    private final short[] indexOfChar = new short[65536];
    /**
     * Open addressing: slot i holds the packed key at {@code 2i} and the n-gram's pairs at
     * {@code 2i + 1} (start in {@link #pairs} shifted left by 8, or'ed with the count). Key and value
     * side by side cost one cache miss per probe instead of two.
     */
    private final long[] table;
    /** Per pair, the language index in the high byte and the cost in the low byte. */
    private final short[] pairs;
    private final int mask;
    private final int ngramCount;

    private NgramProfiles(List<String> tags, List<String> scripts, double steps, char[] alphabet,
                          long[] table, short[] pairs, int ngramCount) {
        this.tags = tags;
        this.scripts = scripts;
        this.steps = steps;
        this.alphabet = alphabet;
        for (int i = 0; i < alphabet.length; i++) indexOfChar[alphabet[i]] = (short) (i + 1);
        this.table = table;
        this.pairs = pairs;
        this.mask = table.length / 2 - 1;
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
        // the load-time budget. The build writes the entries in the order of their home slot, so the
        // table fills mostly front to back; any order would give the same table contents.
        int pos = data.length - header.available();
        int capacity = Integer.highestOneBit(Math.max(2, count) * 2 - 1) << 1;
        long[] table = new long[capacity * 2];
        short[] pairs = new short[count * 2];
        int used = 0;
        for (int e = 0; e < count; e++) {
            int n = data[pos++];
            long key = (long) n << 60;
            // The last char in the lowest bits, the one before above it, and so on, so that the scorer
            // can grow a key leftwards one char at a time.
            for (int i = 0; i < n; i++) {
                long index = ((data[pos] & 0xff) << 8) | (data[pos + 1] & 0xff);
                key |= index << (BITS * (n - 1 - i));
                pos += 2;
            }
            int k = data[pos++] & 0xff;
            if (used + k > pairs.length) pairs = Arrays.copyOf(pairs, Math.max(pairs.length * 2, used + k));
            long value = ((long) used << 8) | k;
            for (int i = 0; i < k; i++) {
                pairs[used++] = (short) (((data[pos] & 0xff) << 8) | (data[pos + 1] & 0xff));
                pos += 2;
            }
            int slot = (int) mix(key) & (capacity - 1);
            while (table[2 * slot] != 0) slot = (slot + 1) & (capacity - 1);
            table[2 * slot] = key;
            table[2 * slot + 1] = value;
        }
        return new NgramProfiles(List.of(tags), List.of(scripts), steps, alphabet, table,
            Arrays.copyOf(pairs, used), count);
    }

    private static long mix(long key) {
        key *= 0x9E3779B97F4A7C15L;
        return key ^ (key >>> 29);
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

    /** Index of a lower-case char in the alphabet, 0 when no profile knows it. */
    int indexOf(char c) {
        return indexOfChar[c];
    }

    int alphabetSize() {
        return alphabet.length;
    }

    /**
     * The pairs of the n-gram with this packed key, as {@code start << 8 | count} into the pair
     * list, or -1 when no language knows it. A key holds the order n in bits 60..62 and the alphabet
     * index of the n-gram's char j (0-based) in bits {@code BITS * (n - 1 - j)}.
     */
    long find(long key) {
        int slot = (int) mix(key) & mask;
        while (true) {
            long k = table[2 * slot];
            if (k == key) return table[2 * slot + 1];
            if (k == 0) return -1;
            slot = (slot + 1) & mask;
        }
    }

    /** The language index of pair {@code pair}. */
    int pairLanguage(int pair) {
        return pairs[pair] >>> 8 & 0xff;
    }

    /** The cost of pair {@code pair}: {@code -ln p} times {@link #steps()}, rounded. */
    int pairCost(int pair) {
        return pairs[pair] & 0xff;
    }

    int ngramCount() {
        return ngramCount;
    }
}
