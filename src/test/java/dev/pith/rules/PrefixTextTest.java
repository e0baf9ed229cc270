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
}
