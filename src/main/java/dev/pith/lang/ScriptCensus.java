package dev.pith.lang;

import com.ibm.icu.lang.UScript;

/**
 * Counts the letters of a text per writing system (ICU {@link UScript}) and names the dominant one.
 *
 * <p>Han, Hiragana, Katakana and Hangul are counted apart but compete together as one "CJK" block,
 * since Japanese mixes Kanji with Kana and Korean may carry Hanja. Characters of the Common and
 * Inherited scripts (digits, punctuation, combining marks) are not evidence and are ignored.
 *
 * <p>Instances are mutable, used by one thread for one text.
 */
final class ScriptCensus {
    private final int[] counts = new int[UScript.CODE_LIMIT];
    private int total;

    /** Counts the letters of {@code text}. */
    static ScriptCensus of(CharSequence text) {
        ScriptCensus census = new ScriptCensus();
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            int script = quickScript(cp);
            if (script == UScript.COMMON || script == UScript.INHERITED || script == UScript.UNKNOWN) continue;
            if (script < 0 || script >= census.counts.length) continue;
            census.counts[script]++;
            census.total++;
        }
        return census;
    }

    /** ICU's script, with a shortcut for ASCII, which is most of the text on the web. */
    private static int quickScript(int cp) {
        if (cp < 0x80) {
            return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' ? UScript.LATIN : UScript.COMMON;
        }
        return UScript.getScript(cp);
    }

    int count(int script) {
        return counts[script];
    }

    int total() {
        return total;
    }

    int cjk() {
        return counts[UScript.HAN] + kana() + counts[UScript.HANGUL];
    }

    int kana() {
        return counts[UScript.HIRAGANA] + counts[UScript.KATAKANA];
    }

    /**
     * The script with the most letters; {@link UScript#HAN} stands for the whole CJK block. Returns
     * {@link UScript#UNKNOWN} when the text has no letters. Ties go to the lower script code, so the
     * answer is deterministic.
     */
    int dominant() {
        int best = UScript.UNKNOWN;
        int bestCount = 0;
        for (int s = 0; s < counts.length; s++) {
            if (s == UScript.HIRAGANA || s == UScript.KATAKANA || s == UScript.HANGUL) continue;
            int c = s == UScript.HAN ? cjk() : counts[s];
            if (c > bestCount) {
                best = s;
                bestCount = c;
            }
        }
        return best;
    }
}
