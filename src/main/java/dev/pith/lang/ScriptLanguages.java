package dev.pith.lang;

import com.ibm.icu.lang.UScript;
import java.util.Map;

/**
 * Languages told by their script alone: within the languages Pith knows, each of these scripts is
 * written by one language only. Latin, Cyrillic and Arabic are shared and go to the n-gram profiles;
 * Han, Kana and Hangul are told apart by {@link BuiltInDetector} itself.
 *
 * <p>Devanagari is here too, for Hindi: Marathi and Nepali are not among the profiled languages, so
 * there is nothing to tell apart. Adding them to the profile build makes Devanagari statistical.
 */
final class ScriptLanguages {
    private static final Map<Integer, String> BY_SCRIPT = Map.ofEntries(
        Map.entry(UScript.GREEK, "el"),
        Map.entry(UScript.HEBREW, "he"),
        Map.entry(UScript.DEVANAGARI, "hi"),
        Map.entry(UScript.BENGALI, "bn"),
        Map.entry(UScript.THAI, "th"),
        Map.entry(UScript.GEORGIAN, "ka"),
        Map.entry(UScript.ARMENIAN, "hy"),
        Map.entry(UScript.GUJARATI, "gu"),
        Map.entry(UScript.GURMUKHI, "pa"),
        Map.entry(UScript.TAMIL, "ta"),
        Map.entry(UScript.TELUGU, "te"),
        Map.entry(UScript.KANNADA, "kn"),
        Map.entry(UScript.MALAYALAM, "ml"),
        Map.entry(UScript.SINHALA, "si"),
        Map.entry(UScript.ORIYA, "or"),
        Map.entry(UScript.ETHIOPIC, "am"),
        Map.entry(UScript.KHMER, "km"),
        Map.entry(UScript.LAO, "lo"),
        Map.entry(UScript.MYANMAR, "my"),
        Map.entry(UScript.TIBETAN, "bo"));

    private ScriptLanguages() {
    }

    /** The language written in {@code script}, or null when the script alone does not tell. */
    static String of(int script) {
        return BY_SCRIPT.get(script);
    }
}
