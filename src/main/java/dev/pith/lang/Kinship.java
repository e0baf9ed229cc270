package dev.pith.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Languages close enough that a detector confuses them on short text (Indonesian and Malay, Danish
 * and Norwegian, Croatian, Serbian and Bosnian, Czech and Slovak). A block detected as a close
 * relative of the page's language is not foreign to it: treating it so would cut an Indonesian
 * article wherever a paragraph reads as Malay. The groups live in {@code related-languages.txt}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Kinship {

    private static final Map<String, Integer> GROUP = load();

    private Kinship() {
    }

    /** Whether {@code a} and {@code b} are the same language or close relatives. */
    public static boolean areClose(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        Integer ga = GROUP.get(a);
        return ga != null && ga.equals(GROUP.get(b));
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> out = new HashMap<>();
        try (InputStream in = Kinship.class.getResourceAsStream("/dev/pith/lang/related-languages.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing related-languages.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int group = 0;
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                for (String tag : t.split("\\s+")) {
                    out.put(tag, group);
                }
                group++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
