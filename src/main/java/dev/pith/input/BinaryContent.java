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

    /** Per ASCII char, 1 for a letter and 1 << 32 for a control that no text uses: a run's counts in one sum. */
    private static final long[] ASCII = new long[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            if (c == 0x7f || c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                ASCII[c] = 1L << 32;
            } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                ASCII[c] = 1;
            }
        }
    }

    private BinaryContent() {
    }

    /** Why {@code text} looks like binary data, or empty when it looks like text. */
    public static Optional<String> reason(String text) {
        int n = Math.min(text.length(), SAMPLE_CHARS);
        if (n == 0) {
            return Optional.empty();
        }
        int[] scripts = new int[UScript.CODE_LIMIT];
        int junk = 0;
        int chars = 0;
        int letters = 0;
        long ascii = 0;
        for (int i = 0; i < n; ) {
            // Markup and Latin text are mostly ASCII: a run of it is counted by table, without a branch
            // per char (letters and punctuation alternate too irregularly for branches to be guessed),
            // and its letters join Latin's count once at the end.
            int run = i;
            while (i < n && text.charAt(i) < 0x80) {
                ascii += ASCII[text.charAt(i++)];
            }
            chars += i - run;
            if (i == n) {
                break;
            }
            int cp = text.codePointAt(i); // a pair split by the sample's end is read whole
            i += Character.charCount(cp);
            chars++;
            if (isJunk(cp)) {
                junk++;
            } else if (UCharacter.isLetter(cp)) {
                letters++;
                int script = UScript.getScript(cp);
                if (script >= 0 && script < scripts.length) {
                    scripts[script]++;
                }
            }
        }
        int asciiLetters = (int) ascii;
        junk += (int) (ascii >>> 32);
        letters += asciiLetters;
        scripts[UScript.LATIN] += asciiLetters;
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
