package dev.pith.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates written in text, in the formats news pages use: ISO ("2024-09-22 01:19:30"), East Asian
 * ("2024年1月16日"), numeric ("11/02/2024", "16.01.2024") and with month names in many languages
 * ("Jan. 16, 2024", "16 января 2024", "Friday, December 13, 2024").
 *
 * <p>Immutable and thread-safe. Every pattern is bounded (no nested quantifiers), so any input is
 * scanned in linear time.
 */
public final class DateFinder {

    private static final String TIME = "(?:[T\\s,]{1,4}(?:at\\s{1,3}|lúc\\s{1,3})?(\\d{1,2})[:h](\\d{2})(?::(\\d{1,2}))?(?:\\.\\d{1,9})?(?:\\s{0,2}(am|pm|a\\.m\\.|p\\.m\\.|AM|PM))?(Z|[+-]\\d{2}:?\\d{2})?)?";
    /** A second name of the same month, as Arabic pages print it: "نيسان / أبريل" (Levantine / Egyptian). */
    private static final String OTHER_NAME = "(?:\\s{0,2}/\\s{0,2}\\p{L}{3,12})?";
    private static final Pattern ISO = Pattern.compile(
            "(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)" + TIME);
    private static final Pattern EAST_ASIAN = Pattern.compile(
            "(\\d{4})\\s{0,2}[年년]\\s{0,2}(\\d{1,2})\\s{0,2}[月월]\\s{0,2}(\\d{1,2})\\s{0,2}[日일]?" + TIME);
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/.-])(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?!\\d)" + TIME);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s{1,3}(?:de\\s{1,3})?(\\p{L}{3,12})" + OTHER_NAME + "\\.?,?\\s{1,3}(?:de\\s{1,3})?(\\d{4})(?!\\d)" + TIME);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<!\\p{L})(\\p{L}{3,12})\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3}(\\d{4})(?!\\d)" + TIME);

    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;

    private final BooleanSupplier dayFirst;

    /**
     * @param dayFirst how to read an ambiguous numeric date such as 11/02/2024: day first (most of the
     *                 world) or month first (the United States)
     */
    public DateFinder(boolean dayFirst) {
        this(() -> dayFirst);
    }

    /**
     * @param dayFirst asked only when an ambiguous numeric date turns up, so that a page which has none
     *                 never pays for the evidence (deciding it can take the language of many blocks);
     *                 the finder asks it every time, so a costly supplier should remember its answer
     */
    public DateFinder(BooleanSupplier dayFirst) {
        this.dayFirst = java.util.Objects.requireNonNull(dayFirst, "dayFirst");
    }

    /** Every date in {@code text}, in text order, overlapping mentions resolved to the longest. */
    public List<DateMention> find(String text) {
        List<DateMention> found = new ArrayList<>();
        text = asciiDigits(text);
        if (text.length() < 6 || !hasYear(text)) {
            return found; // every pattern has a year of four digits: most blocks have none and are not scanned
        }
        scan(ISO.matcher(text), found, Order.YMD);
        scan(EAST_ASIAN.matcher(text), found, Order.YMD);
        scan(NUMERIC.matcher(text), found, Order.NUMERIC);
        scan(DAY_MONTH_YEAR.matcher(text), found, Order.DAY_NAME_YEAR);
        scan(MONTH_DAY_YEAR.matcher(text), found, Order.NAME_DAY_YEAR);
        found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.length(), a.length()));
        List<DateMention> out = new ArrayList<>();
        for (DateMention m : found) {
            if (out.isEmpty() || m.start() >= out.get(out.size() - 1).end()) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * What the numeric dates in {@code text} say about the order a site writes them in: positive when
     * one can only be read day first (31/01/2024), negative when only month first (01/31/2024), 0
     * when none tells.
     */
    public static int orderEvidence(String text) {
        int evidence = 0;
        if (text.length() < 8 || !hasDigit(text)) {
            return 0;
        }
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            int a = num(m.group(1));
            int b = num(m.group(2));
            if (a > 12 && b <= 12) {
                evidence++;
            } else if (b > 12 && a <= 12) {
                evidence--;
            }
        }
        return evidence;
    }

    private enum Order { YMD, NUMERIC, DAY_NAME_YEAR, NAME_DAY_YEAR }

    private void scan(Matcher m, List<DateMention> out, Order order) {
        while (m.find()) {
            int year;
            int month;
            int day;
            boolean guessed = false;
            switch (order) {
                case YMD -> {
                    year = num(m.group(1));
                    month = num(m.group(2));
                    day = num(m.group(3));
                }
                case NUMERIC -> {
                    int a = num(m.group(1));
                    int b = num(m.group(2));
                    year = num(m.group(3));
                    if (a > 12) {
                        day = a;
                        month = b;
                    } else if (b > 12) {
                        day = b;
                        month = a;
                    } else {
                        guessed = a != b;
                        boolean dayLeads = dayFirst.getAsBoolean();
                        day = dayLeads ? a : b;
                        month = dayLeads ? b : a;
                    }
                }
                case DAY_NAME_YEAR -> {
                    day = num(m.group(1));
                    month = MonthNames.monthOf(m.group(2));
                    year = num(m.group(3));
                }
                default -> {
                    month = MonthNames.monthOf(m.group(1));
                    day = num(m.group(2));
                    year = num(m.group(3));
                }
            }
            Temporal value = toTemporal(year, month, day, m);
            if (value != null) {
                out.add(new DateMention(value, m.start(), m.end(), guessed));
            }
        }
    }

    private static Temporal toTemporal(int year, int month, int day, Matcher m) {
        if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
        String hour = m.group(4);
        if (hour == null) {
            return date;
        }
        int h = num(hour);
        int min = num(m.group(5));
        int sec = m.group(6) == null ? 0 : num(m.group(6));
        String ampm = m.group(7);
        if (ampm != null) {
            boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
            if (h < 1 || h > 12) {
                return date;
            }
            h = (h % 12) + (pm ? 12 : 0);
        }
        if (h > 23 || min > 59 || sec > 59) {
            return date;
        }
        LocalDateTime dt = LocalDateTime.of(date, LocalTime.of(h, min, sec));
        String zone = m.group(8);
        if (zone == null) {
            return dt;
        }
        try {
            ZoneOffset offset = zone.equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
            return OffsetDateTime.of(dt, offset);
        } catch (DateTimeException e) {
            return dt;
        }
    }

    private static int num(String s) {
        return s == null ? 0 : Integer.parseInt(s);
    }

    /**
     * The text with every decimal digit of another script (Arabic-Indic "٢٤", Persian "۲۴", Devanagari,
     * full-width) written as an ASCII digit, one character for one, so that mention offsets still
     * point into the original text.
     */
    static String asciiDigits(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7f && Character.isDigit(c)) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = (char) ('0' + Character.digit(c, 10));
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** Whether {@code s} has four ASCII digits in a row. */
    private static boolean hasYear(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
