package dev.pith.meta;

import dev.pith.DateEvidence;
import dev.pith.date.DateClaim;
import dev.pith.date.DateSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleDatesTest {

    private static final OffsetDateTime LATE_UTC = OffsetDateTime.of(2020, 2, 18, 2, 18, 0, 0, ZoneOffset.UTC);

    private static DateClaim claim(DateSource s, java.time.temporal.Temporal v) {
        return new DateClaim(s, v, "");
    }

    @Test
    void theMostTrustedSourceWinsAndEveryClaimIsExplained() {
        LocalDate head = LocalDate.of(2024, 1, 16);
        ArticleDates d = ArticleDates.choose(List.of(claim(DateSource.HEADER_TEXT, LocalDate.of(2024, 1, 17)),
                claim(DateSource.JSON_LD_PUBLISHED, head), claim(DateSource.JSON_LD_MODIFIED, LocalDate.of(2024, 2, 1))), null);
        assertEquals(head, d.published());
        assertEquals(LocalDate.of(2024, 2, 1), d.modified());
        assertEquals(3, d.evidence().size());
        DateEvidence loser = d.evidence().stream().filter(e -> e.source().startsWith("text by")).findFirst().orElseThrow();
        assertFalse(loser.chosen());
        assertTrue(loser.note().startsWith("outranked by JSON-LD"), loser.note());
        assertEquals(2, d.evidence().stream().filter(DateEvidence::chosen).count(), "one published, one modified");
    }

    @Test
    void aUtcStampGivesWayToTheLocalDayTheSiteShows() {
        ArticleDates d = ArticleDates.choose(List.of(claim(DateSource.JSON_LD_PUBLISHED, LATE_UTC),
                claim(DateSource.URL, LocalDate.of(2020, 2, 17))), null);
        assertEquals(LocalDate.of(2020, 2, 17), d.published());
        assertTrue(d.evidence().stream().anyMatch(e -> e.chosen() && e.note().contains("stamped in UTC")));
    }

    @Test
    void theSiteDatingItTheSameDayKeepsTheStamp() {
        ArticleDates d = ArticleDates.choose(List.of(claim(DateSource.JSON_LD_PUBLISHED, LATE_UTC),
                claim(DateSource.URL, LocalDate.of(2020, 2, 18)), claim(DateSource.HEADER_TEXT, LocalDate.of(2020, 2, 17))), "US");
        assertEquals(LATE_UTC, d.published());
    }

    @Test
    void aNeighbouringDayIsOnlyLocalWhenTheGapIsARealZoneOffset() {
        // 12 h 25 min is no zone's offset: the two stamps are different events
        ArticleDates d = ArticleDates.choose(List.of(
                claim(DateSource.JSON_LD_PUBLISHED, OffsetDateTime.of(2020, 8, 18, 19, 35, 0, 0, ZoneOffset.UTC)),
                claim(DateSource.HEADER_TEXT, LocalDateTime.of(2020, 8, 19, 8, 0))), null);
        assertEquals(OffsetDateTime.of(2020, 8, 18, 19, 35, 0, 0, ZoneOffset.UTC), d.published());
    }

    @Test
    void aUtcStampIsReadInTheSiteCountrysTime() {
        ArticleDates d = ArticleDates.choose(List.of(claim(DateSource.META_PUBLISHED, LATE_UTC),
                claim(DateSource.META_PUBLISHED, LocalDate.of(2020, 2, 18))), "US");
        assertEquals(LocalDate.of(2020, 2, 17), d.published(), "a bare day in the head is cut from the same stamp");
    }

    @Test
    void noClaimsNoDates() {
        ArticleDates d = ArticleDates.choose(List.of(), "US");
        assertNull(d.published());
        assertNull(d.modified());
        assertTrue(d.evidence().isEmpty());
    }
}
