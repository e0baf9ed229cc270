package dev.pith.date;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date in a page's URL, where many sites put the day an article was first published:
 * {@code /2024/01/16/slug}, {@code /2024-01-16-slug}, {@code /20240116/}, {@code ?date=2024-01-16}, and a
 * time stamp a file was named with ({@code 20240116093015123.jpg}).
 * The host is never read (a number in a domain is no date), and a year and month alone
 * ({@code /2024/01/slug}) are a {@link YearMonth}, not a day.
 *
 * <p>Stateless and thread-safe; patterns are bounded, so any URL is scanned in linear time.
 */
public final class UrlDate {

    private static final Pattern SEPARATED = Pattern.compile(
            "(?<![0-9])((?:19|20)[0-9]{2})([/_.-])([01]?[0-9])\\2([0-3]?[0-9])(?![0-9])");
    private static final Pattern COMPACT = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])([0-9]{4}|[0-9]{6}|[0-9]{9})?(?![0-9])");
    private static final Pattern YEAR_MONTH = Pattern.compile("/((?:19|20)[0-9]{2})/([01]?[0-9])/");
    private static final int MIN_YEAR = 1995;

    private UrlDate() {
    }

    /** The full day the URL names, if it names one unambiguously. */
    public static Optional<LocalDate> day(URI url) {
        String path = pathAndQuery(url);
        Optional<LocalDate> d = first(SEPARATED.matcher(path), 3, 4);
        return d.isPresent() ? d : first(COMPACT.matcher(path), 2, 3);
    }

    /** The year and month the URL names without a day ({@code /2024/01/slug}), if any. */
    public static Optional<YearMonth> month(URI url) {
        Matcher m = YEAR_MONTH.matcher(pathAndQuery(url));
        if (m.find()) {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            if (year >= MIN_YEAR && month >= 1 && month <= 12) {
                return Optional.of(YearMonth.of(year, month));
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> first(Matcher m, int monthGroup, int dayGroup) {
        while (m.find()) {
            try {
                int year = Integer.parseInt(m.group(1));
                if (year >= MIN_YEAR) {
                    return Optional.of(LocalDate.of(year, Integer.parseInt(m.group(monthGroup)), Integer.parseInt(m.group(dayGroup))));
                }
            } catch (DateTimeException e) {
                // 2024/13/45 is an id that looks like a date, not a date; look further
            }
        }
        return Optional.empty();
    }

    private static String pathAndQuery(URI url) {
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        String query = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
        return path + query;
    }
}
