package dev.pith.date;

import java.time.temporal.Temporal;

/**
 * A date written in a block.
 *
 * @param value   a {@link java.time.LocalDate}, {@link java.time.LocalDateTime} or
 *                {@link java.time.OffsetDateTime}, as precise as the text
 * @param start   where the mention starts in the block's text
 * @param end     where it ends (exclusive)
 * @param orderGuessed whether day and month were both 12 or less and their order was decided by the
 *                page's conventions rather than by the text
 */
public record DateMention(Temporal value, int start, int end, boolean orderGuessed) {

    /** The length of the mention in characters. */
    public int length() {
        return end - start;
    }
}
