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

    /**
     * How much a letter of {@code script} says, relative to a Latin letter, when scripts compete for
     * dominance. An ideograph or a Hangul block is a syllable or a word, a Kana a syllable, and the
     * Arabic and Hebrew abjads leave out the short vowels, so counting them one for one would let a
     * Latin brand name or boilerplate phrase outvote the text around it.
     */
    private static double weight(int script) {
        return switch (script) {
            case UScript.HAN, UScript.HANGUL -> 3.0;
            case UScript.HIRAGANA, UScript.KATAKANA -> 2.0;
            case UScript.ARABIC, UScript.HEBREW -> 1.5;
            default -> 1.0;
        };
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
     * The script with the most weighted letters (see {@link #weight}); {@link UScript#HAN} stands for the whole CJK block. Returns
     * {@link UScript#UNKNOWN} when the text has no letters. Ties go to the lower script code, so the
     * answer is deterministic.
     */
    int dominant() {
        int best = UScript.UNKNOWN;
        double bestCount = 0;
        for (int s = 0; s < counts.length; s++) {
            if ((counts[s] == 0 && s != UScript.HAN) || s == UScript.HIRAGANA || s == UScript.KATAKANA || s == UScript.HANGUL) continue;
            double c = s == UScript.HAN
                ? counts[UScript.HAN] * weight(UScript.HAN) + kana() * weight(UScript.HIRAGANA)
                    + counts[UScript.HANGUL] * weight(UScript.HANGUL)
                : counts[s] * weight(s);
            if (c > bestCount) {
                best = s;
                bestCount = c;
            }
        }
        return best;
    }
}
