package dev.pith.date;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UrlDateTest {

    private static Optional<LocalDate> day(String url) {
        return UrlDate.day(URI.create(url));
    }

    @Test
    void readsTheDayInAPath() {
        assertEquals(Optional.of(LocalDate.of(2024, 1, 16)), day("https://example.org/2024/01/16/storm-hits-coast/"));
        assertEquals(Optional.of(LocalDate.of(2024, 1, 6)), day("https://example.org/news/2024-1-6-storm"));
        assertEquals(Optional.of(LocalDate.of(2024, 1, 16)), day("https://example.org/a/20240116/storm.html"));
        assertEquals(Optional.of(LocalDate.of(2024, 1, 16)), day("https://example.org/story?date=2024-01-16&id=5"));
    }

    @Test
    void readsAFileNamedWithItsTimeStamp() {
        assertEquals(Optional.of(LocalDate.of(2020, 10, 7)), day("https://img.example.org/large/20201007120909561.jpg"));
    }

    @Test
    void readsNoDayFromTheHostOrFromIdsThatOnlyLookLikeDates() {
        assertEquals(Optional.empty(), day("https://news2024.example.org/story/1"));
        assertEquals(Optional.empty(), day("https://example.org/2024/13/45/x"));
        assertEquals(Optional.empty(), day("https://example.org/item/202401161234567890"));
        assertEquals(Optional.empty(), day("https://example.org/1980/01/16/old"), "years before the web are ids");
    }

    @Test
    void aYearAndMonthAloneAreNoDay() {
        URI u = URI.create("https://example.org/2024/01/storm-hits-coast");
        assertEquals(Optional.empty(), UrlDate.day(u));
        assertEquals(Optional.of(YearMonth.of(2024, 1)), UrlDate.month(u));
    }
}
