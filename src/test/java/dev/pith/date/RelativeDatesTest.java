package dev.pith.date;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RelativeDatesTest {

    private static final OffsetDateTime FETCHED = OffsetDateTime.of(2024, 1, 16, 10, 30, 45, 0, ZoneOffset.ofHours(1));
    private static final RelativeDates DATES = RelativeDates.builtIn();

    private static Optional<Temporal> resolve(String text) {
        return DATES.resolve(text, FETCHED);
    }

    @Test
    void hoursAndMinutesGiveATimeToTheMinute() {
        assertEquals(Optional.of(OffsetDateTime.of(2024, 1, 16, 7, 30, 0, 0, ZoneOffset.ofHours(1))), resolve("Updated 3 hours ago"));
        assertEquals(Optional.of(OffsetDateTime.of(2024, 1, 16, 10, 5, 0, 0, ZoneOffset.ofHours(1))), resolve("hace 25 minutos"));
        assertEquals(Optional.of(OffsetDateTime.of(2024, 1, 16, 9, 30, 0, 0, ZoneOffset.ofHours(1))), resolve("vor einer Stunde"));
        assertEquals(Optional.of(OffsetDateTime.of(2024, 1, 16, 8, 30, 0, 0, ZoneOffset.ofHours(1))), resolve("2 小时前"));
        assertEquals(Optional.of(OffsetDateTime.of(2024, 1, 16, 5, 30, 0, 0, ZoneOffset.ofHours(1))), resolve("5時間前"));
    }

    @Test
    void daysAndWeeksGiveADay() {
        assertEquals(Optional.of(LocalDate.of(2024, 1, 14)), resolve("2 дня назад"));
        assertEquals(Optional.of(LocalDate.of(2024, 1, 15)), resolve("Yesterday, 10:30"));
        assertEquals(Optional.of(LocalDate.of(2024, 1, 2)), resolve("il y a 2 semaines"));
        assertEquals(Optional.of(LocalDate.of(2024, 1, 13)), resolve("3 ngày trước"));
    }

    @Test
    void monthsAndYearsAndProseAreNotRead() {
        assertEquals(Optional.empty(), resolve("3 months ago"));
        assertEquals(Optional.empty(), resolve("2 years ago"));
        assertEquals(Optional.empty(), resolve("Yesterday the council voted on the budget"), "a bare word in prose");
        assertEquals(Optional.empty(), resolve("Hier klicken"), "'hier' is French for yesterday, German for here");
        assertEquals(Optional.empty(), resolve("12345 hours ago"));
    }

    @Test
    void aBrokenDataLineIsABrokenBuild() {
        assertThrows(IllegalStateException.class, () -> new RelativeDates(List.of("{n} hours ago")));
    }
}
