package dev.pith;

import java.time.temporal.Temporal;
import java.util.Objects;

/**
 * One date the page gives for its article, where Pith found it, and whether it was chosen. Every
 * candidate Pith weighed for {@link Article#published()} and {@link Article#modified()} is listed, so a
 * user can see why one date won when the page's evidence disagrees.
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param kind   which of the article's dates this is evidence for
 * @param value  the date as precise as the source gives it ({@link java.time.LocalDate},
 *               {@link java.time.LocalDateTime} or {@link java.time.OffsetDateTime})
 * @param source where it was found, e.g. {@code "JSON-LD datePublished"}, {@code "URL path"},
 *               {@code "block 7 (DATELINE)"}
 * @param chosen whether this candidate gave the article's date
 * @param note   why it was chosen or set aside; may be empty
 */
public record DateEvidence(Kind kind, Temporal value, String source, boolean chosen, String note) {

    /** The article date a candidate speaks for. */
    public enum Kind {
        /** The original publication date. */
        PUBLISHED,
        /** The date of the last change. */
        MODIFIED
    }

    public DateEvidence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
    }
}
