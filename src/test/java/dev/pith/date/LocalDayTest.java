package dev.pith.date;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LocalDayTest {

    private static OffsetDateTime utc(int month, int day, int hour, int minute) {
        return OffsetDateTime.of(2020, month, day, hour, minute, 0, 0, ZoneOffset.UTC);
    }

    @Test
    void oneZoneCountryGivesTheSameInstantAtItsOffset() {
        Optional<Temporal> t = LocalDay.of(utc(12, 5, 23, 15), "IT");
        assertEquals(Optional.of(OffsetDateTime.of(2020, 12, 6, 0, 15, 0, 0, ZoneOffset.ofHours(1))), t);
    }

    @Test
    void manyZonesThatAgreeOnTheDayGiveTheDay() {
        assertEquals(Optional.of(LocalDate.of(2020, 8, 24)), LocalDay.of(utc(8, 25, 0, 23), "CA"));
        assertEquals(Optional.of(LocalDate.of(2020, 5, 1)), LocalDay.of(utc(5, 2, 2, 54), "US"));
    }

    @Test
    void manyZonesThatDisagreeOnTheDayGiveNothing() {
        // 08:00 UTC is 22:00 on the 1st in Hawaii but 04:00 on the 2nd in New York.
        assertEquals(Optional.empty(), LocalDay.of(utc(5, 2, 8, 0), "US"));
    }
}
