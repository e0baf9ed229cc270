package dev.pith.rules;

import dev.pith.Label;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MastheadRuleTest {

    private static Label label(String line) {
        return Pages.labelOf(new MastheadRule(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Friday, December 13, 2024 75°F Today's Paper", "Tuesday, March 4, 2025 12°C",
            "E-Edition", "Thứ Ba, 04/03/2025 Thời tiết Hà Nội 25°C", "2025年3月4日 天气 晴 18°"})
    void mastheadStrips(String line) {
        assertEquals(Label.MASTHEAD, label(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Temperatures reached 40°C on June 3, 2024, the hottest day on record.",
            "Heatwave: 40°C expected across the south", "Friday, December 13, 2024",
            "The weather service warned on Monday that heavy snow would close mountain roads for several days across the region."})
    void nearMissesAreNotMasthead(String line) {
        assertNull(label(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Heavy snow expected as weather turns colder", "北方天气转冷 多地降雪"})
    void headlinesAboutTheWeatherAreNotMasthead(String line) {
        assertNull(label(line), line);
    }
}
