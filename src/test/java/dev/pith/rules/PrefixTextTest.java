package dev.pith.rules;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PrefixTextTest {

    @Test
    void cutsTheNormalisedPrefixOffTheOriginal() {
        assertEquals("Jane Park", PrefixText.after("By Jane Park", "by"));
        assertEquals("Jane Park", PrefixText.after("Written   BY  Jane Park", "written by"));
        assertEquals("新华社", PrefixText.after("来源：新华社", "来源:"));
        assertEquals("Yonhap", PrefixText.after("Source:\tYonhap", "source:"));
        assertEquals("", PrefixText.after("By", "by"));
        assertEquals("", PrefixText.after("", "by"));
    }

    /** A page may compose an accent or a nukta otherwise than the lexicon: the cut still falls after the prefix. */
    @Test
    void cutsWhereverTheOriginalComposesItsLettersOtherwise() {
        String lexicon = dev.pith.lexicon.PhraseMatcher.normalize("Fot\u00f3:");
        assertEquals("MTI", PrefixText.after("Foto\u0301: MTI", lexicon));
        assertEquals("MTI", PrefixText.after("Fot\u00f3: MTI", lexicon));
        String read = dev.pith.lexicon.PhraseMatcher.normalize("\u092a\u0922\u093c\u0947\u0902:");
        assertEquals("\u0930\u093e\u0939\u0941\u0932", PrefixText.after("\u092a\u095d\u0947\u0902: \u0930\u093e\u0939\u0941\u0932", read));
    }
}
