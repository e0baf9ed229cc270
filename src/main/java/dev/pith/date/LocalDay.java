package dev.pith.date;

import com.ibm.icu.util.TimeZone;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A UTC time stamp read as the time where the site is. "2020-08-25T00:23Z" on a Canadian site is the
 * evening of the 24th for its readers, and the 24th is the date it was published under. ICU lists the
 * zones of each country; when they all give the same offset at that instant the stamp is returned at
 * that offset (the same instant, written locally), when they differ but agree on the day only the day
 * is returned, and when even the day differs (a stamp near midnight in a country that spans many
 * zones) nothing is.
 *
 * <p>Stateless and thread-safe.
 */
public final class LocalDay {

    private LocalDay() {
    }

    public static Optional<Temporal> of(OffsetDateTime stamp, String country) {
        String[] ids = TimeZone.getAvailableIDs(country);
        Set<ZoneOffset> offsets = new HashSet<>();
        Set<LocalDate> days = new HashSet<>();
        for (String id : ids) {
            try {
                ZoneOffset offset = ZoneId.of(id).getRules().getOffset(stamp.toInstant());
                offsets.add(offset);
                days.add(stamp.withOffsetSameInstant(offset).toLocalDate());
            } catch (DateTimeException e) {
                // a zone ICU knows and java.time does not; the others decide
            }
        }
        if (offsets.size() == 1) {
            return Optional.of(stamp.withOffsetSameInstant(offsets.iterator().next()));
        }
        return days.size() == 1 ? Optional.of(days.iterator().next()) : Optional.empty();
    }
}
