package dev.pith.input;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UScript;

import java.util.Locale;
import java.util.Optional;

/**
 * Tells text from binary data that was decoded as if it were text (an image, a zip, random bytes
 * pushed through a charset). Such input has no article; cleaning it would turn noise into "body".
 *
 * <p>Two signs, read on a bounded sample so the check costs the same for any input size: a large share
 * of characters no text uses (controls, unassigned or private-use code points, lone surrogates,
 * replacement characters), or letters scattered over many scripts with none holding even half of them
 * (bytes read as UTF-16 land all over the code space; real multilingual pages have one or two
 * dominant scripts).
 *
 * <p>Stateless and thread-safe.
 */
public final class BinaryContent {

    private static final int SAMPLE_CHARS = 64 * 1024;
    private static final double MAX_JUNK_SHARE = 0.10;
    private static final int MIN_LETTERS = 200;
    private static final int MANY_SCRIPTS = 6;
    private static final double MIN_SCRIPT_SHARE = 0.01;
    private static final double DOMINANT_SHARE = 0.5;

    private BinaryContent() {
    }

    /** Why {@code text} looks like binary data, or empty when it looks like text. */
    public static Optional<String> reason(String text) {
        int n = Math.min(text.length(), SAMPLE_CHARS);
        if (n == 0) {
            return Optional.empty();
        }
        int junk = 0;
        int chars = 0;
        int letters = 0;
        int[] scripts = new int[UScript.CODE_LIMIT];
        // The sample is read from an array: String.charAt checks its index on every char. One char past
        // the sample is copied too, so that a pair split by its end reads as String.codePointAt would.
        char[] sample = new char[Math.min(text.length(), n + 1)];
        text.getChars(0, sample.length, sample, 0);
        for (int i = 0; i < n; ) {
            int cp = sample[i];
            if (cp < 0x80) {
                i++;
            } else {
                cp = Character.codePointAt(sample, i);
                i += Character.charCount(cp);
            }
            chars++;
            if (cp < 0x80) {
                // Markup and Latin text are mostly ASCII: answered without asking ICU.
                if (cp == 0x7f || cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f') {
                    junk++;
                } else if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') {
                    letters++;
                    scripts[UScript.LATIN]++;
                }
            } else if (isJunk(cp)) {
                junk++;
            } else if (UCharacter.isLetter(cp)) {
                letters++;
                int script = UScript.getScript(cp);
                if (script >= 0 && script < scripts.length) {
                    scripts[script]++;
                }
            }
        }
        double junkShare = junk / (double) chars;
        if (junkShare > MAX_JUNK_SHARE) {
            return Optional.of(String.format(Locale.ROOT,
                    "input looks binary: %.0f%% of its characters are controls, unassigned or private-use code points", 100 * junkShare));
        }
        if (letters >= MIN_LETTERS) {
            int many = 0;
            int top = 0;
            for (int count : scripts) {
                if (count >= letters * MIN_SCRIPT_SHARE) {
                    many++;
                }
                top = Math.max(top, count);
            }
            if (many >= MANY_SCRIPTS && top < letters * DOMINANT_SHARE) {
                return Optional.of("input looks binary: its letters are scattered over " + many + " scripts with none dominant");
            }
        }
        return Optional.empty();
    }

    private static boolean isJunk(int cp) {
        if (cp == '\n' || cp == '\r' || cp == '\t' || cp == '\f') {
            return false;
        }
        int type = UCharacter.getType(cp);
        return cp == 0xFFFD || type == UCharacterCategory.CONTROL || type == UCharacterCategory.UNASSIGNED
                || type == UCharacterCategory.PRIVATE_USE || type == UCharacterCategory.SURROGATE;
    }
}
