package dev.pith.lang;

import dev.pith.lexicon.DataFile;

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
        int group = 0;
        for (String line : DataFile.lines("/dev/pith/lang/related-languages.txt")) {
            for (String tag : line.split("\\s+")) {
                out.put(tag, group);
            }
            group++;
        }
        return Map.copyOf(out);
    }
}
