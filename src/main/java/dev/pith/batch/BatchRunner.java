package dev.pith.batch;

import dev.pith.Article;
import dev.pith.Pith;
import dev.pith.archive.ArchiveReader;
import dev.pith.archive.ArchiveRecord;
import dev.pith.archive.SkipReason;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Cleans every page of a list of archives on a number of threads and hands the articles to a sink
 * in archive order, whatever the threads' timing: the output of a run does not depend on how many
 * threads made it. One thread reads the archives; at most a few pages per thread are in flight, so
 * memory stays bounded however large the archives are.
 *
 * <p>Thread-safe to share; each {@link #run} uses its own threads and closes them before it returns.
 */
public final class BatchRunner {

    private static final int IN_FLIGHT_PER_THREAD = 4;

    /** Receives each cleaned page, in archive order, on the thread that called {@link #run}. */
    @FunctionalInterface
    public interface Sink {
        void accept(ArchiveRecord record, Article article) throws IOException;
    }

    private final Pith pith;
    private final int threads;

    public BatchRunner(Pith pith, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.pith = pith;
        this.threads = threads;
    }

    private record Pending(ArchiveRecord record, Future<Article> article) {
    }

    /**
     * Runs the batch.
     *
     * @param err where an archive that cannot be opened is reported (the others are still read)
     * @throws IOException when the sink fails to write
     */
    public BatchSummary run(List<Path> archives, Sink sink, Progress progress, PrintStream err) throws IOException {
        long start = System.nanoTime();
        Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
        long read = 0;
        long written = 0;
        long bytesDone = 0;
        int unopened = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Deque<Pending> window = new ArrayDeque<>();
        try {
            for (Path archive : archives) {
                ArchiveReader reader;
                try {
                    reader = ArchiveReader.open(archive, pith.limits());
                } catch (IOException | RuntimeException e) {
                    err.println("pith batch: cannot read " + archive + " as a WARC or WET file: " + e.getMessage());
                    unopened++;
                    continue;
                }
                try (reader) {
                    while (reader.hasNext()) {
                        ArchiveRecord r = reader.next();
                        read++;
                        if (r.isPage()) {
                            window.add(new Pending(r, pool.submit(() -> pith.clean(r.page()))));
                            if (window.size() >= threads * IN_FLIGHT_PER_THREAD) {
                                written += drain(window, 1, sink);
                            }
                        } else {
                            skipped.merge(r.skipped(), 1L, Long::sum);
                        }
                        progress.update(read, bytesDone + reader.bytesRead());
                    }
                    bytesDone += reader.bytesRead();
                }
            }
            written += drain(window, window.size(), sink);
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        return new BatchSummary(read, written, skipped, unopened, bytesDone, System.nanoTime() - start);
    }

    private static int drain(Deque<Pending> window, int n, Sink sink) throws IOException {
        int done = 0;
        for (int k = 0; k < n && !window.isEmpty(); k++, done++) {
            Pending p = window.poll();
            sink.accept(p.record(), await(p.article()));
        }
        return done;
    }

    private static Article await(Future<Article> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("batch interrupted", e);
        } catch (ExecutionException e) {
            // Pith.clean does not throw for content; an Error (out of memory) must not pass for a page
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new UncheckedIOException(new IOException("cleaning failed: " + e.getCause(), e.getCause()));
        }
    }
}
