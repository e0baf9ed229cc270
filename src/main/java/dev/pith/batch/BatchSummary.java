package dev.pith.batch;

import dev.pith.archive.SkipReason;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a batch run did: every record read is either written or skipped for one reason, so
 * {@code read == written + skipped}; archives that could not be opened at all are counted apart.
 *
 * <p>Immutable and thread-safe.
 *
 * @param read          records read
 * @param written       pages cleaned and written
 * @param skipped       records skipped, by reason (every reason present, zero when none)
 * @param unopened      archives that could not be opened
 * @param bytes         archive bytes read
 * @param nanos         wall time
 */
public record BatchSummary(long read, long written, Map<SkipReason, Long> skipped, int unopened, long bytes, long nanos) {

    public BatchSummary {
        Map<SkipReason, Long> all = new EnumMap<>(SkipReason.class);
        for (SkipReason r : SkipReason.values()) {
            all.put(r, skipped.getOrDefault(r, 0L));
        }
        skipped = Map.copyOf(all);
    }

    /** Records skipped for any reason. */
    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Pages written per second of wall time. */
    public double pagesPerSecond() {
        return nanos == 0 ? 0 : written / (nanos / 1e9);
    }

    /** One human-readable paragraph, as the batch command prints it at the end. */
    public String describe() {
        double seconds = nanos / 1e9;
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%d records read: %d written, %d skipped", read, written, skippedTotal()));
        String sep = " (";
        for (SkipReason r : SkipReason.values()) {
            if (skipped.get(r) > 0) {
                b.append(sep).append(r.name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(' ').append(skipped.get(r));
                sep = ", ";
            }
        }
        b.append(sep.equals(", ") ? ")" : "");
        if (unopened > 0) {
            b.append("; ").append(unopened).append(unopened == 1 ? " archive" : " archives").append(" could not be opened");
        }
        b.append(String.format(Locale.ROOT, "; %.1f s, %.1f records/s, %.2f MB/s", seconds, seconds == 0 ? 0 : read / seconds,
                seconds == 0 ? 0 : bytes / 1e6 / seconds));
        return b.toString();
    }
}
