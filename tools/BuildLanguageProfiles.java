/*
 * Builds Pith's language profile resource from Lingua's Apache-2.0 language models.
 *
 * Run by tools/build-language-profiles.sh as a single-file Java program:
 *   java tools/BuildLanguageProfiles.java LINGUA_JAR OUTPUT_FILE
 *
 * Lingua ships, per language, JSON files of character n-grams (orders 1..5, within words) with their
 * relative frequencies as fractions: for order 1, count/total letters; for order n > 1, count of the
 * n-gram over the count of its (n-1)-gram prefix, i.e. a conditional probability P(last | prefix).
 * We keep those conditional probabilities, drop rare n-grams (counts below a floor per order, which
 * are mostly noise and make up most of the data), quantize -ln(p) to one byte and write one binary
 * file in which every n-gram appears once with the list of languages that know it. The output is a
 * pure function of the input jar: entries are sorted, nothing depends on hash order or time.
 */
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.zip.*;

public class BuildLanguageProfiles {
    /** Languages decided by statistics, in the order they get their index, with their script. */
    static final String[][] LANGS = {
        {"en", "LATIN"}, {"fr", "LATIN"}, {"de", "LATIN"}, {"es", "LATIN"}, {"pt", "LATIN"},
        {"it", "LATIN"}, {"nl", "LATIN"}, {"sv", "LATIN"}, {"da", "LATIN"}, {"nb", "LATIN"},
        {"fi", "LATIN"}, {"pl", "LATIN"}, {"cs", "LATIN"}, {"sk", "LATIN"}, {"hu", "LATIN"},
        {"ro", "LATIN"}, {"hr", "LATIN"}, {"sl", "LATIN"}, {"et", "LATIN"}, {"lv", "LATIN"},
        {"lt", "LATIN"}, {"tr", "LATIN"}, {"id", "LATIN"}, {"ms", "LATIN"}, {"tl", "LATIN"},
        {"vi", "LATIN"}, {"sw", "LATIN"},
        {"ru", "CYRILLIC"}, {"uk", "CYRILLIC"}, {"bg", "CYRILLIC"}, {"sr", "CYRILLIC"},
        {"ar", "ARABIC"}, {"fa", "ARABIC"}, {"ur", "ARABIC"},
        // Added later, at the end so that the languages above keep their indices.
        {"sq", "LATIN"}, {"ca", "LATIN"}, {"af", "LATIN"}, {"az", "LATIN"}, {"eu", "LATIN"},
        {"is", "LATIN"}, {"cy", "LATIN"}, {"ga", "LATIN"}, {"so", "LATIN"},
        {"mk", "CYRILLIC"}, {"be", "CYRILLIC"}, {"kk", "CYRILLIC"}, {"mn", "CYRILLIC"},
    };
    static final String[] FILES = {"unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"};
    /**
     * Minimum relative frequency (count over the language's number of letters) an n-gram needs to be
     * kept, per order (index 0 = unigrams, which use MIN_UNIGRAM_P). Relative, not absolute counts, so
     * that languages with a smaller training corpus (Malay has a third of English's letters) are not
     * pruned harder. Non-decreasing with the order, so that whenever an n-gram is kept, its suffix
     * (n-1)-gram is kept too; the scorer relies on that to stop looking at the first miss.
     */
    static final double[] MIN_FREQ = parseFreqs(System.getProperty("minFreqs", "0,3e-7,6e-7,1e-6,1e-6"));
    /** Unigrams rarer than this are noise (stray foreign letters in the training text). */
    static final double MIN_UNIGRAM_P = 1e-6;
    /** Quantization: one step of the stored byte is 1/STEPS nat. */
    static final double STEPS = 12.0;

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java BuildLanguageProfiles.java LINGUA_JAR OUTPUT_FILE");
            System.exit(2);
        }
        // n-gram -> (language index -> quantized cost)
        TreeMap<String, TreeMap<Integer, Integer>> table = new TreeMap<>(
            Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        TreeSet<Character> alphabet = new TreeSet<>();
        try (ZipFile jar = new ZipFile(args[0])) {
            for (int li = 0; li < LANGS.length; li++) {
                Character.UnicodeScript script = Character.UnicodeScript.valueOf(LANGS[li][1]);
                int kept = 0;
                long letters = 0;
                for (int order = 1; order <= 5; order++) {
                    ZipEntry e = jar.getEntry("language-models/" + LANGS[li][0] + "/" + FILES[order - 1] + ".json");
                    if (e == null) throw new IOException("missing model " + LANGS[li][0] + " " + order);
                    String json;
                    try (InputStream in = jar.getInputStream(e)) {
                        json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    for (Map.Entry<String, String> f : parseFractions(json).entrySet()) {
                        String[] nd = f.getKey().split("/");
                        long num = Long.parseLong(nd[0]);
                        long den = Long.parseLong(nd[1]);
                        double p = (double) num / den;
                        if (order == 1) letters = Math.max(letters, den); // unreduced fractions carry the letter total
                        if (order == 1 ? p < MIN_UNIGRAM_P : num < MIN_FREQ[order - 1] * letters) continue;
                        int cost = (int) Math.min(255, Math.round(-Math.log(p) * STEPS));
                        for (String gram : f.getValue().split(" ")) {
                            if (gram.length() != order || !allOfScript(gram, script)) continue;
                            for (char c : gram.toCharArray()) alphabet.add(c);
                            table.computeIfAbsent(gram, k -> new TreeMap<>()).put(li, cost);
                            kept++;
                        }
                    }
                }
                System.err.println(LANGS[li][0] + ": " + kept + " n-grams kept");
            }
        }
        if (alphabet.size() >= 4095) throw new IOException("alphabet too large: " + alphabet.size());
        Map<Character, Integer> index = new HashMap<>();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(args[1])))) {
            out.writeInt(0x50495448); // "PITH"
            out.writeInt(1);          // format version
            out.writeDouble(STEPS);
            out.writeByte(LANGS.length);
            for (String[] l : LANGS) {
                out.writeUTF(l[0]);
                out.writeUTF(l[1]);
            }
            out.writeShort(alphabet.size());
            int i = 1; // index 0 is reserved for "not in the alphabet"
            for (char c : alphabet) {
                out.writeChar(c);
                index.put(c, i++);
            }
            out.writeInt(table.size());
            // Written in the order of their home slot in the detector's hash table (same key packing,
            // hash and capacity as NgramProfiles.read), so that loading fills the table front to back
            // instead of at random: it halves the load time. Ties keep the sorted n-gram order.
            int capacity = Integer.highestOneBit(Math.max(2, table.size()) * 2 - 1) << 1;
            List<Map.Entry<String, TreeMap<Integer, Integer>>> entries = new ArrayList<>(table.entrySet());
            entries.sort(Comparator.comparingInt(e -> homeSlot(e.getKey(), index, capacity)));
            for (Map.Entry<String, TreeMap<Integer, Integer>> e : entries) {
                String g = e.getKey();
                out.writeByte(g.length());
                for (char c : g.toCharArray()) out.writeShort(index.get(c));
                out.writeByte(e.getValue().size());
                for (Map.Entry<Integer, Integer> lc : e.getValue().entrySet()) {
                    out.writeByte(lc.getKey());
                    out.writeByte(lc.getValue());
                }
            }
        }
        long pairs = table.values().stream().mapToLong(Map::size).sum();
        System.err.println("alphabet " + alphabet.size() + ", distinct n-grams " + table.size() + ", pairs " + pairs);
    }

    /** Must match NgramProfiles: order in bits 60..62, char j at bits 12 * (n - 1 - j), then mix. */
    static int homeSlot(String gram, Map<Character, Integer> index, int capacity) {
        int n = gram.length();
        long key = (long) n << 60;
        for (int j = 0; j < n; j++) key |= (long) index.get(gram.charAt(j)) << (12 * (n - 1 - j));
        key *= 0x9E3779B97F4A7C15L;
        key ^= key >>> 29;
        return (int) key & (capacity - 1);
    }

    static double[] parseFreqs(String s) {
        return Arrays.stream(s.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    static boolean allOfScript(String s, Character.UnicodeScript script) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c) || !Character.isLetter(c)) return false;
            if (Character.UnicodeScript.of(c) != script) return false;
            if (Character.toLowerCase(c) != c) return false;
        }
        return true;
    }

    /** Reads {@code "ngrams":{"num/den":"g1 g2 ...", ...}} from one Lingua model file. */
    static Map<String, String> parseFractions(String json) throws IOException {
        int start = json.indexOf("\"ngrams\"");
        if (start < 0) throw new IOException("no ngrams object");
        int i = json.indexOf('{', start) + 1;
        Map<String, String> result = new LinkedHashMap<>();
        while (true) {
            i = skipSpace(json, i);
            if (json.charAt(i) == '}') return result;
            if (json.charAt(i) == ',') { i++; continue; }
            int[] end = new int[1];
            String key = readString(json, i, end);
            i = skipSpace(json, end[0]);
            if (json.charAt(i) != ':') throw new IOException("expected ':' at " + i);
            i = skipSpace(json, i + 1);
            String value = readString(json, i, end);
            i = end[0];
            result.put(key, value);
        }
    }

    static int skipSpace(String s, int i) {
        while (Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    static String readString(String s, int i, int[] end) throws IOException {
        if (s.charAt(i) != '"') throw new IOException("expected string at " + i);
        StringBuilder b = new StringBuilder();
        for (i++; s.charAt(i) != '"'; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                char n = s.charAt(++i);
                switch (n) {
                    case 'u' -> { b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16)); i += 4; }
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    default -> b.append(n);
                }
            } else {
                b.append(c);
            }
        }
        end[0] = i + 1;
        return b.toString();
    }
}
