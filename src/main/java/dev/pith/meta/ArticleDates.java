package dev.pith.meta;

import dev.pith.DateEvidence;
import dev.pith.DateEvidence.Kind;
import dev.pith.date.DateClaim;
import dev.pith.date.DateSource;
import dev.pith.date.LocalDay;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the article's publication and modification dates among every claim the page makes (head
 * metadata, the URL, the date line by the headline) and records why each claim won or lost.
 *
 * @param published the chosen publication date, or null
 * @param modified  the chosen modification date, or null
 * @param evidence  every claim, with the choice and its reason
 */
record ArticleDates(Temporal published, Temporal modified, List<DateEvidence> evidence) {

    /** The furthest zones from Greenwich. */
    private static final Duration MAX_BEHIND = Duration.ofHours(12);
    private static final Duration MAX_AHEAD = Duration.ofHours(14);
    private static final int QUARTER_HOUR = 15;
    /** How far behind (the Americas) and ahead (Asia, Australia) of UTC most news sites are. */
    private static final int WEST_HOURS = 10;
    private static final int EAST_HOURS = 11;
    private static final String MOST_TRUSTED = "most trusted source";

    /** The claim that gave a date, the value taken from it, and why. */
    private record Choice(DateClaim claim, Temporal value, String reason) {
    }

    /**
     * @param claims  every date claim of the page
     * @param country the country the site addresses (ISO 3166), or null; a UTC stamp is read in its time
     */
    static ArticleDates choose(List<DateClaim> claims, String country) {
        List<DateClaim> sorted = new ArrayList<>(claims);
        sorted.sort(Comparator.comparing(DateClaim::source)); // stable: document order within a source
        Choice published = publication(sorted, country);
        Choice modified = sorted.stream().filter(c -> c.source().kind() == Kind.MODIFIED).findFirst()
                .map(c -> new Choice(c, c.value(), MOST_TRUSTED)).orElse(null);
        List<DateEvidence> evidence = new ArrayList<>();
        for (DateClaim c : sorted) {
            Choice winner = c.source().kind() == Kind.PUBLISHED ? published : modified;
            boolean chosen = winner != null && c == winner.claim();
            evidence.add(new DateEvidence(c.source().kind(), c.value(), c.describe(), chosen, chosen ? winner.reason() : note(c, winner)));
        }
        return new ArticleDates(published == null ? null : published.value(), modified == null ? null : modified.value(), evidence);
    }

    private static Choice publication(List<DateClaim> sorted, String country) {
        DateClaim best = sorted.stream().filter(c -> c.source().kind() == Kind.PUBLISHED).findFirst().orElse(null);
        if (best == null || !isUtc(best.value())) {
            return best == null ? null : new Choice(best, best.value(), MOST_TRUSTED);
        }
        List<DateClaim> local = sorted.stream()
                .filter(c -> c.source().kind() == Kind.PUBLISHED && c.source() != DateSource.DATELINE && !isUtc(c.value())).toList();
        if (local.stream().anyMatch(c -> c.day().equals(best.day()) && !sameClock(c, best) && !isDerivedDay(c))) {
            return new Choice(best, best.value(), MOST_TRUSTED); // the site itself dates it the same day
        }
        for (DateClaim c : local) {
            if (isLocalDayOf(c, best)) {
                return new Choice(c, c.value(), "the local day of " + best.describe() + ", which is stamped in UTC");
            }
        }
        if (country != null) {
            Optional<Temporal> there = LocalDay.of((OffsetDateTime) best.value(), country);
            if (there.isPresent()) {
                return new Choice(best, there.get(), MOST_TRUSTED + ", stamped in UTC and read in the time of " + country);
            }
        }
        return new Choice(best, best.value(), MOST_TRUSTED);
    }

    /**
     * Whether {@code local} names the day a UTC time fell on where the article appeared: a story put
     * out at 22:15 in New York is stamped the next day in UTC, yet the site dates it, in its URL and by
     * its headline, the day before. When the local claim has a time, the gap between the two must be a
     * real zone offset (whole quarter hours, at most 12 behind or 14 ahead); when it has only a day,
     * the UTC hour must be one at which the day differs in the zones news sites are in.
     */
    private static boolean isLocalDayOf(DateClaim local, DateClaim utc) {
        OffsetDateTime stamp = (OffsetDateTime) utc.value();
        LocalDate day = utc.day();
        if (!local.day().equals(day.minusDays(1)) && !local.day().equals(day.plusDays(1))) {
            return false;
        }
        if (local.value() instanceof LocalDateTime clock) {
            long minutes = Duration.between(stamp.toLocalDateTime(), clock).toMinutes();
            return minutes % QUARTER_HOUR == 0 && minutes >= -MAX_BEHIND.toMinutes() && minutes <= MAX_AHEAD.toMinutes();
        }
        int hour = stamp.getHour();
        return local.day().isBefore(day) ? hour < WEST_HOURS : hour >= 24 - EAST_HOURS;
    }

    /**
     * Whether a claim is a bare day in the head's metadata, which publishing systems cut from the same
     * UTC stamp; it is no evidence of the day the site shows its readers.
     */
    private static boolean isDerivedDay(DateClaim c) {
        return c.value() instanceof LocalDate && (c.source() == DateSource.META_PUBLISHED || c.source() == DateSource.JSON_LD_OTHER);
    }

    /** Whether a claim is the UTC stamp written again without its zone ("23:15:0Z" read as 23:15). */
    private static boolean sameClock(DateClaim c, DateClaim utc) {
        LocalDateTime clock = ((OffsetDateTime) utc.value()).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
        return c.value() instanceof LocalDateTime t && t.truncatedTo(ChronoUnit.MINUTES).equals(clock);
    }

    private static boolean isUtc(Temporal t) {
        return t instanceof OffsetDateTime o && o.getOffset().equals(ZoneOffset.UTC);
    }

    private static String note(DateClaim c, Choice winner) {
        if (winner == null) {
            return "";
        }
        return winner.claim().day().equals(c.day()) ? "agrees with " + winner.claim().describe() : "outranked by " + winner.claim().describe();
    }
}
