package dev.pith.lexicon;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import dev.pith.segment.Whitespace;

import java.util.Locale;

/**
 * Matches phrases in text the way a reader would: case-insensitively, with white space collapsed, and
 * only at word boundaries ("by" starts "By Jane" but not "Byzantium"). Scripts written without spaces
 * (Chinese, Japanese, Thai) have no boundaries to respect.
 *
 * <p>Stateless and thread-safe.
 */
public final class PhraseMatcher {

    /** ICU's NFC instance is immutable and thread-safe. */
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private PhraseMatcher() {
    }

    /** Lower case (root locale, Turkish "İ" to "i"), white space collapsed, full-width ASCII folded. */
    public static String normalize(String s) {
        // One pass collapses the white space (as Whitespace.collapse does), folds and lower-cases:
        // every block of every page is normalized, and a pass per step copied each twice.
        StringBuilder b = new StringBuilder(s.length());
        boolean ascii = true;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Whitespace.is(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            // Full-width forms of ASCII (common in CJK furniture: "：", "（左）") fold to ASCII.
            if (c >= '\uff01' && c <= '\uff5e') {
                c = (char) (c - 0xfee0);
            } else if (c >= 0x80) {
                ascii = false;
            }
            // ASCII is lower-cased here, in the same pass; lower-casing it does not change how the
            // rest of the text lower-cases (a cased letter stays cased), so an all-ASCII text is done.
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        if (ascii) {
            return b.toString();
        }
        // Turkish capital dotted I lower-cases to "i" and a combining dot above; fold it to "i" so that
        // "İlgili Haberler" matches "ilgili haberler".
        String lower = b.toString().toLowerCase(Locale.ROOT).replace("i\u0307", "i");
        // One spelling for what Unicode writes two ways: a page's precomposed "ढ़" (U+095D) or "é" typed
        // as e and an accent must match the lexicon's phrase however that was typed.
        return NFC.isNormalized(lower) ? lower : NFC.normalize(lower);
    }

    static boolean startsWith(String text, String phrase) {
        return text.startsWith(phrase) && boundaryAt(text, phrase.length());
    }

    static boolean endsWith(String text, String phrase) {
        return text.endsWith(phrase) && boundaryAt(text, text.length() - phrase.length());
    }

    public static int indexOf(String text, String phrase) {
        for (int from = 0; ; ) {
            int i = text.indexOf(phrase, from);
            if (i < 0) {
                return -1;
            }
            if (boundaryAt(text, i) && boundaryAt(text, i + phrase.length())) {
                return i;
            }
            from = i + 1;
        }
    }

    /** Whether a word boundary lies at {@code i}: not between two letters or digits of a spaced script. */
    static boolean boundaryAt(String text, int i) {
        if (i <= 0 || i >= text.length()) {
            return true;
        }
        int before = text.codePointBefore(i);
        int after = text.codePointAt(i);
        return !(isSpacedWordChar(before) && isSpacedWordChar(after));
    }

    private static boolean isSpacedWordChar(int cp) {
        if (!UCharacter.isLetterOrDigit(cp)) {
            return false;
        }
        int script = UScript.getScript(cp);
        return script != UScript.HAN && script != UScript.HIRAGANA && script != UScript.KATAKANA
                && script != UScript.THAI && script != UScript.LAO && script != UScript.KHMER && script != UScript.MYANMAR;
    }
}
