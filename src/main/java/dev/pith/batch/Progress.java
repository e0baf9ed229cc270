package dev.pith.batch;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The progress line of a batch run on standard error: records, records per second, megabytes per
 * second, how much of the input has been read and the time left. On a terminal it is redrawn in
 * place a few times a second; into a file or a pipe it is a plain line now and then, so that logs
 * stay readable.
 *
 * <p>Not thread-safe: updated from the thread that reads the archives.
 */
public final class Progress {

    private static final long TERMINAL_EVERY_NANOS = 250_000_000L;
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;

    private final PrintStream err;
    private final boolean terminal;
    private final long totalBytes;
    private final long everyNanos;
    private final long start = System.nanoTime();
    private long last = start;
    private boolean drawn;

    /**
     * @param terminal   whether {@code err} is a terminal (redraw) or a file or pipe (sparse lines)
     * @param totalBytes the size of all input archives, for the share read and the time left
     */
    public Progress(PrintStream err, boolean terminal, long totalBytes) {
        this(err, terminal, totalBytes, terminal ? TERMINAL_EVERY_NANOS : LOG_EVERY_NANOS);
    }

    Progress(PrintStream err, boolean terminal, long totalBytes, long everyNanos) {
        this.err = err;
        this.terminal = terminal;
        this.totalBytes = totalBytes;
        this.everyNanos = everyNanos;
    }

    /** A progress display that shows nothing. */
    public static Progress silent() {
        return new Progress(null, false, 0, Long.MAX_VALUE);
    }

    /** Shows the line if it is time to. */
    public void update(long records, long bytes) {
        long now = System.nanoTime();
        if (err == null || now - last < everyNanos) {
            return;
        }
        last = now;
        String line = line(records, bytes, now - start);
        if (terminal) {
            err.print("\r" + line + "\u001b[K");
            drawn = true;
        } else {
            err.println(line);
        }
    }

    /** Ends the redrawn line, so that what is printed next starts on a line of its own. */
    public void finish() {
        if (drawn) {
            err.println();
            drawn = false;
        }
    }

    String line(long records, long bytes, long nanos) {
        double seconds = Math.max(nanos / 1e9, 1e-9);
        double share = totalBytes == 0 ? 0 : Math.min(1.0, (double) bytes / totalBytes);
        double left = share <= 0 ? Double.NaN : seconds * (1 - share) / share;
        return String.format(Locale.ROOT, "pith batch: %d records, %.1f records/s, %.2f MB/s, %.0f%% read, %s left",
                records, records / seconds, bytes / 1e6 / seconds, share * 100, Double.isNaN(left) ? "?" : duration(left));
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
