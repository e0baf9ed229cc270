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
    private final long[] keys;
    private final int[] ordinals;
    private final int[] pairStart;
    private final byte[] pairLang;
    private final byte[] pairCost;
    private final int mask;

    private NgramProfiles(List<String> tags, List<String> scripts, double steps, char[] alphabet,
                          long[] keys, int[] ordinals, int[] pairStart, byte[] pairLang, byte[] pairCost) {
        this.tags = tags;
        this.scripts = scripts;
        this.steps = steps;
        this.alphabet = alphabet;
        for (int i = 0; i < alphabet.length; i++) indexOfChar[alphabet[i]] = (short) (i + 1);
        this.keys = keys;
        this.ordinals = ordinals;
        this.pairStart = pairStart;
        this.pairLang = pairLang;
        this.pairCost = pairCost;
        this.mask = keys.length - 1;
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
        // the load-time budget.
        int pos = data.length - header.available();
        int capacity = Integer.highestOneBit(Math.max(2, count) * 2 - 1) << 1;
        long[] keys = new long[capacity];
        int[] ordinals = new int[capacity];
        int[] pairStart = new int[count + 1];
        byte[] langs = new byte[count * 4];
        byte[] costs = new byte[count * 4];
        int pairs = 0;
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
            if (pairs + k > langs.length) {
                langs = Arrays.copyOf(langs, Math.max(langs.length * 2, pairs + k));
                costs = Arrays.copyOf(costs, langs.length);
            }
            pairStart[e] = pairs;
            for (int i = 0; i < k; i++) {
                langs[pairs] = data[pos++];
                costs[pairs] = data[pos++];
                pairs++;
            }
            int slot = (int) mix(key) & (capacity - 1);
            while (keys[slot] != 0) slot = (slot + 1) & (capacity - 1);
            keys[slot] = key;
            ordinals[slot] = e;
        }
        pairStart[count] = pairs;
        return new NgramProfiles(List.of(tags), List.of(scripts), steps, alphabet, keys, ordinals, pairStart,
            Arrays.copyOf(langs, pairs), Arrays.copyOf(costs, pairs));
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
     * The ordinal of the n-gram with this packed key, or -1. A key holds the order n in bits 60..62
     * and the alphabet index of the n-gram's char j (0-based) in bits {@code BITS * (n - 1 - j)}.
     */
    int find(long key) {
        int slot = (int) mix(key) & mask;
        while (true) {
            long k = keys[slot];
            if (k == key) return ordinals[slot];
            if (k == 0) return -1;
            slot = (slot + 1) & mask;
        }
    }

    int pairStart(int ordinal) {
        return pairStart[ordinal];
    }

    int pairEnd(int ordinal) {
        return pairStart[ordinal + 1];
    }

    int pairLanguage(int pair) {
        return pairLang[pair];
    }

    int pairCost(int pair) {
        return pairCost[pair] & 0xff;
    }

    int ngramCount() {
        return pairStart.length - 1;
    }
}
