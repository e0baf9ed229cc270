package dev.pith.rules;

import dev.pith.date.DateFinder;
import dev.pith.date.DateMention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class DatedTextTest {

    @Test
    void datesAreCutOut() {
        String text = "Updated 2024-01-17 08:00 and Jan. 16, 2024 here";
        List<DateMention> dates = new DateFinder(true).find(text);
        String rest = DatedText.withoutDates(text, dates);
        assertFalse(rest.contains("2024"), rest);
        assertEquals(3, DatedText.letterTokens(rest), rest);
    }

    @Test
    void letterTokens() {
        assertEquals(0, DatedText.letterTokens("2024 - 10:30 |"));
        assertEquals(2, DatedText.letterTokens("来源:安徽 News 12"));
        assertEquals(0, DatedText.letterTokens(""));
    }

    @Test
    void noDatesLeavesTextAlone() {
        assertEquals("no dates", DatedText.withoutDates("no dates", List.of()));
    }
}
