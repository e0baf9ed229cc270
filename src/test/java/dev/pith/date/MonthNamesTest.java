package dev.pith.date;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MonthNamesTest {

    @Test
    void namesOfManyLanguages() {
        assertEquals(1, MonthNames.monthOf("January"));
        assertEquals(1, MonthNames.monthOf("JAN."));
        assertEquals(9, MonthNames.monthOf("sept"));
        assertEquals(1, MonthNames.monthOf("января"));
        assertEquals(1, MonthNames.monthOf("январь"));
        assertEquals(2, MonthNames.monthOf("février"));
        assertEquals(3, MonthNames.monthOf("März"));
        assertEquals(1, MonthNames.monthOf("Jänner"));
        assertEquals(12, MonthNames.monthOf("diciembre"));
    }

    @Test
    void nonMonthsAreZero() {
        assertEquals(0, MonthNames.monthOf("Friday"));
        assertEquals(0, MonthNames.monthOf("news"));
        assertEquals(0, MonthNames.monthOf(""));
    }
}
