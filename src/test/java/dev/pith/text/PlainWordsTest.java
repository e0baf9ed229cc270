package dev.pith.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainWordsTest {

    /** One char of each class ICU's word rules tell apart within plain text, and the typographic marks. */
    private static final String CLASSES = "aZ1_.',;: -\"\n’‘“”—–…\u00a0";

    @Test
    void countsAsIcuOnEveryShortString() {
        BreakIterator icu = BreakIterator.getWordInstance(ULocale.ROOT);
        char[] buf = new char[4];
        int checked = 0;
        for (int len = 1; len <= buf.length; len++) {
            int[] idx = new int[len];
            while (true) {
                for (int k = 0; k < len; k++) {
                    buf[k] = CLASSES.charAt(idx[k]);
                }
                String s = new String(buf, 0, len);
                PlainWords w = PlainWords.of(s);
                assertEquals(icuWords(icu, s), w.count() * 1000 + w.capitalized(), "[" + s + "]");
                checked++;
                int k = len - 1;
                while (k >= 0 && ++idx[k] == CLASSES.length()) {
                    idx[k] = 0;
                    k--;
                }
                if (k < 0) {
                    break;
                }
            }
        }
        assertTrue(checked > 200_000);
    }

    @Test
    void joinsWhereIcuDoes() {
        assertEquals(new PlainWords(3, 2), PlainWords.of("The U.S. economy"));
        assertEquals(new PlainWords(3, 0), PlainWords.of("don’t go: 1,500.25 km")); // the number is none
        assertEquals(new PlainWords(1, 0), PlainWords.of("a1 1a")); // a run ending in a digit is a number
        assertEquals(new PlainWords(2, 0), PlainWords.of("x__ 1__ 1_ _"));
        assertEquals(new PlainWords(0, 0), PlainWords.of(""));
    }

    @Test
    void plainIsAsciiAndCommonMarks() {
        assertTrue(PlainWords.isPlain('a'));
        assertTrue(PlainWords.isPlain('’'));
        assertTrue(PlainWords.isPlain('\u00a0'));
        assertFalse(PlainWords.isPlain('é'));
        assertFalse(PlainWords.isPlain('\u00ad')); // a soft hyphen is a format char, which ICU's rules skip
        assertFalse(PlainWords.isPlain('·')); // joins letters in ICU
    }

    private static int icuWords(BreakIterator icu, String text) {
        int words = 0;
        int capitals = 0;
        icu.setText(text);
        int start = icu.first();
        for (int end = icu.next(); end != BreakIterator.DONE; start = end, end = icu.next()) {
            int status = icu.getRuleStatus();
            if (status >= 200 && status < 500) {
                words++;
                if (UCharacter.isUUppercase(text.codePointAt(start))) {
                    capitals++;
                }
            }
        }
        return words * 1000 + capitals;
    }
}
