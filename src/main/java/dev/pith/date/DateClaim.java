package dev.pith.date;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Objects;

/**
 * A date one source of the page gives for the article.
 *
 * @param source what kind of source it is
 * @param value  the date, as precise as the source
 * @param where  the exact place (a meta tag's name, a block number), for the reader of the evidence;
 *               never null, may be empty
 */
public record DateClaim(DateSource source, Temporal value, String where) {

    public DateClaim {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(where, "where");
    }

    /**
     * The calendar day the source means: the local date it was written with, not converted to another
     * zone, because "2024-01-16T00:30+02:00" is the 16th where the article appeared.
     */
    public LocalDate day() {
        return dayOf(value);
    }

    /** The calendar day of any date value Pith produces. */
    public static LocalDate dayOf(Temporal t) {
        if (t instanceof LocalDate d) {
            return d;
        }
        if (t instanceof LocalDateTime d) {
            return d.toLocalDate();
        }
        if (t instanceof OffsetDateTime d) {
            return d.toLocalDate();
        }
        return LocalDate.from(t);
    }

    /** The source and place as one phrase, e.g. {@code "meta article:published_time"}. */
    public String describe() {
        return where.isEmpty() ? source.description() : source.description() + " " + where;
    }
}
