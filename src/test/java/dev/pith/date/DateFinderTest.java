package dev.pith.date;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateFinderTest {

    private static final DateFinder DAY_FIRST = new DateFinder(true);
    private static final DateFinder MONTH_FIRST = new DateFinder(false);

    private static DateMention one(DateFinder f, String text) {
        List<DateMention> found = f.find(text);
        assertEquals(1, found.size(), "dates in '" + text + "': " + found);
        return found.get(0);
    }

    private static Temporal value(String text) {
        return one(DAY_FIRST, text).value();
    }

    @Test
    void aDateNeedsAYearOfFourDigits() {
        assertEquals(List.of(), DAY_FIRST.find("Updated 12:30, 16 Jan 24, 3 comments"));
        assertEquals(List.of(), DAY_FIRST.find("16.01.202"));
        // Digits of other scripts are years too, once read as ASCII.
        assertEquals(LocalDate.of(2024, 1, 16), value("١٦/٠١/٢٠٢٤"));
        assertEquals(LocalDate.of(2024, 1, 16), value("16 января 2024"));
    }

    @Test
    void isoDate() {
        assertEquals(LocalDate.of(2024, 9, 22), value("Published 2024-09-22"));
    }

    @Test
    void isoWithTime() {
        DateMention m = one(DAY_FIRST, "2024-09-22 01:19:30 来源:安徽新闻");
        assertEquals(LocalDateTime.of(2024, 9, 22, 1, 19, 30), m.value());
        assertEquals(0, m.start());
        assertEquals("2024-09-22 01:19:30", "2024-09-22 01:19:30 来源:安徽新闻".substring(m.start(), m.end()).strip());
        assertFalse(m.orderGuessed());
    }

    @Test
    void mentionEndsWhereTheTimeEnds() {
        DateMention m = one(DAY_FIRST, "2024-09-22 01:19:30 来源:安徽新闻");
        assertEquals("2024-09-22 01:19:30".length(), m.end());
    }

    @Test
    void dottedNumericDateWithoutPaddingIsADate() {
        assertEquals(LocalDate.of(2024, 2, 1), value("Stand: 1.2.2024"));
    }

    @Test
    void isoWithZone() {
        assertEquals(OffsetDateTime.of(2024, 9, 22, 1, 19, 0, 0, ZoneOffset.UTC), value("2024-09-22T01:19Z"));
        assertEquals(OffsetDateTime.of(2024, 9, 22, 8, 5, 30, 0, ZoneOffset.ofHours(7)), value("2024-09-22T08:05:30+07:00"));
        assertEquals(OffsetDateTime.of(2024, 9, 22, 8, 5, 30, 0, ZoneOffset.ofHours(-5)), value("2024-09-22T08:05:30-0500"));
    }

    @Test
    void eastAsian() {
        assertEquals(LocalDate.of(2024, 1, 16), value("2024年1月16日"));
        assertEquals(LocalDateTime.of(2024, 1, 16, 9, 30), value("发布时间：2024年1月16日 09:30"));
        assertEquals(LocalDate.of(2024, 1, 16), value("2024년 1월 16일"));
    }

    @Test
    void numericDayFirstVersusMonthFirst() {
        DateMention d = one(DAY_FIRST, "Báo Quốc Tế 11/02/2024");
        assertEquals(LocalDate.of(2024, 2, 11), d.value());
        assertTrue(d.orderGuessed());
        DateMention m = one(MONTH_FIRST, "Báo Quốc Tế 11/02/2024");
        assertEquals(LocalDate.of(2024, 11, 2), m.value());
        assertTrue(m.orderGuessed());
    }

    @Test
    void unambiguousNumericDatesIgnoreTheConvention() {
        for (DateFinder f : List.of(DAY_FIRST, MONTH_FIRST)) {
            DateMention a = one(f, "31/01/2024");
            assertEquals(LocalDate.of(2024, 1, 31), a.value());
            assertFalse(a.orderGuessed());
            assertEquals(LocalDate.of(2024, 1, 31), one(f, "01/31/2024").value());
            assertEquals(LocalDate.of(2024, 1, 16), one(f, "16.01.2024").value());
            DateMention same = one(f, "05-05-2024");
            assertEquals(LocalDate.of(2024, 5, 5), same.value());
            assertFalse(same.orderGuessed(), "equal day and month need no guess");
        }
    }

    @Test
    void numericWithTime() {
        assertEquals(LocalDateTime.of(2024, 2, 11, 10, 30), value("Thứ Hai, 11/02/2024 10:30 (GMT+7)"));
        assertEquals(LocalDateTime.of(2024, 2, 11, 10, 30), value("11/02/2024 lúc 10h30"));
    }

    @Test
    void monthNameFormats() {
        assertEquals(LocalDate.of(2024, 1, 16), value("Jan. 16, 2024"));
        assertEquals(LocalDate.of(2024, 1, 16), value("January 16th, 2024"));
        assertEquals(LocalDate.of(2024, 1, 16), value("16 января 2024"));
        assertEquals(LocalDate.of(2024, 1, 16), value("16 de enero de 2024"));
        assertEquals(LocalDate.of(2024, 3, 5), value("5. März 2024"));
        assertEquals(LocalDate.of(2024, 9, 3), value("3 Sept 2024"));
        assertEquals(LocalDate.of(2024, 2, 1), value("1er février 2024".replace("1er", "1")));
    }

    @Test
    void weekdayBeforeMonthName() {
        assertEquals(LocalDate.of(2024, 12, 13), value("Friday, December 13, 2024"));
        assertEquals(LocalDate.of(2024, 12, 13), value("Friday, 13 December 2024"));
    }

    @Test
    void twelveHourClock() {
        assertEquals(LocalDateTime.of(2024, 12, 13, 17, 30), value("December 13, 2024 at 5:30 pm"));
        assertEquals(LocalDateTime.of(2024, 12, 13, 0, 15), value("December 13, 2024, 12:15 a.m."));
        assertEquals(LocalDateTime.of(2024, 12, 13, 12, 0), value("December 13, 2024 12:00 PM"));
    }

    @Test
    void invalidTimeKeepsTheDate() {
        assertEquals(LocalDate.of(2024, 9, 22), value("2024-09-22 25:61"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30", "2023-02-29 10:00", "31/04/2024", "2024-13-01", "2024-00-10", "1850-01-01",
            "2150-01-01", "32 January 2024", "Smarch 5, 2024", "2024年13月1日", "0/0/2024", "Call 555-1234 now",
            "Chapter 12, 2024 edition", "Room 12 of 2024"})
    void invalidOrNonDatesAreRejected(String text) {
        assertTrue(DAY_FIRST.find(text).isEmpty(), text + " -> " + DAY_FIRST.find(text));
    }

    @Test
    void leapDayIsValid() {
        assertEquals(LocalDate.of(2024, 2, 29), value("29/02/2024"));
    }

    @Test
    void severalDatesInTextOrderWithoutOverlap() {
        List<DateMention> found = DAY_FIRST.find("Updated 2024-01-17 08:00, first published Jan. 16, 2024 and 15/01/2024.");
        assertEquals(3, found.size(), found.toString());
        assertEquals(LocalDateTime.of(2024, 1, 17, 8, 0), found.get(0).value());
        assertEquals(LocalDate.of(2024, 1, 16), found.get(1).value());
        assertEquals(LocalDate.of(2024, 1, 15), found.get(2).value());
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i).start() >= found.get(i - 1).end());
        }
    }

    @Test
    void shortOrDigitlessTextHasNoDates() {
        assertTrue(DAY_FIRST.find("").isEmpty());
        assertTrue(DAY_FIRST.find("January").isEmpty());
        assertTrue(DAY_FIRST.find("Monday the sixteenth of January").isEmpty());
    }

    @Test
    void orderEvidence() {
        assertEquals(1, DateFinder.orderEvidence("Posted 31/01/2024"));
        assertEquals(-1, DateFinder.orderEvidence("Posted 01/31/2024"));
        assertEquals(0, DateFinder.orderEvidence("Posted 05/06/2024"));
        assertEquals(0, DateFinder.orderEvidence("Posted 2024-01-31"));
        assertEquals(2, DateFinder.orderEvidence("13/01/2024 and 25.12.2023 and 02/03/2024"));
        assertEquals(0, DateFinder.orderEvidence("13/01/2024 then 01/13/2024"));
        assertEquals(0, DateFinder.orderEvidence("no dates"));
    }

    @Test
    void pathologicalDigitsAndSlashesFinishInLinearTime() {
        Random r = new Random(42);
        char[] alphabet = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '/', '/', '.', '-', ' '};
        StringBuilder b = new StringBuilder(1 << 20);
        while (b.length() < (1 << 20)) {
            b.append(alphabet[r.nextInt(alphabet.length)]);
        }
        String random = b.toString();
        String repeated = "1/1/1/".repeat((1 << 20) / 6);
        String digits = "1".repeat(1 << 20);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertNotNull(DAY_FIRST.find(random));
            assertTrue(DAY_FIRST.find(repeated).isEmpty());
            assertTrue(DAY_FIRST.find(digits).isEmpty());
            DateFinder.orderEvidence(random);
        });
    }

    @Property(tries = 200)
    void validIsoDatesAreFound(@ForAll @IntRange(min = 1990, max = 2100) int year, @ForAll @IntRange(min = 1, max = 12) int month,
                               @ForAll @IntRange(min = 1, max = 28) int day) {
        LocalDate d = LocalDate.of(year, month, day);
        assertEquals(d, value("Posted on " + d));
        assertEquals(d, value(year + "年" + month + "月" + day + "日"));
        assertEquals(d, one(MONTH_FIRST, String.format("%d/%d/%d", month, day, year)).value());
        assertEquals(d, one(DAY_FIRST, String.format("%02d.%02d.%d", day, month, year)).value());
    }

    @Property(tries = 200)
    void mentionsAreWithinTheTextAndOrdered(@ForAll @Size(max = 120) String text) {
        List<DateMention> found = DAY_FIRST.find(text);
        int end = 0;
        for (DateMention m : found) {
            assertTrue(m.start() >= end && m.end() <= text.length() && m.length() > 0);
            end = m.end();
        }
    }

    @Test
    void digitsOfOtherScriptsAreRead() {
        assertEquals(LocalDate.of(2020, 4, 24), value("٢٠٢٠-٠٤-٢٤"));
        assertEquals(LocalDate.of(2020, 6, 22), value("۲۰۲۰/۰۶/۲۲"));
        DateMention m = one(DAY_FIRST, "نشر في ٢٤/٠٤/٢٠٢٠ مساء");
        assertEquals("٢٤/٠٤/٢٠٢٠", "نشر في ٢٤/٠٤/٢٠٢٠ مساء".substring(m.start(), m.end()), "offsets point into the original text");
    }

    @Test
    void arabicMonthNamesAndTheirDoubleForm() {
        assertEquals(LocalDate.of(2020, 4, 24), value("الجمعة 24 أبريل 2020"));
        assertEquals(LocalDateTime.of(2020, 4, 24, 9, 22), value("تم نشره الجمعة 24 نيسان / أبريل 2020 09:22"));
    }

    @Test
    void aOneDigitSecondStillKeepsTheZone() {
        assertEquals(OffsetDateTime.of(2020, 12, 5, 23, 15, 0, 0, ZoneOffset.UTC), value("2020-12-05T23:15:0Z"));
    }
}
