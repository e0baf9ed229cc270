package dev.pith.cli;

import dev.pith.Article;
import dev.pith.Pith;
import dev.pith.archive.ArchiveRecord;
import dev.pith.batch.BatchRunner;
import dev.pith.batch.BatchSummary;
import dev.pith.batch.Progress;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cleans web archives: {@code batch [--threads N] --out OUT.jsonl FILE...} writes one JSON object per
 * page (the record's {@code url}, {@code recordId} and {@code warcDate}, then the fields of the clean
 * command's JSON), in archive order, with a progress line on standard error and a summary at the end.
 * Every record is written or counted as skipped with its reason. {@code batch --bench FILE...} cleans
 * the archives on one and then two threads, writing nothing, and reports pages per second.
 *
 * <p>Exit status: 0; 1 when an archive could not be opened (the others are still cleaned); 2 for bad
 * arguments.
 */
final class BatchCommand implements Command {

    @Override
    public String name() {
        return "batch";
    }

    @Override
    public String usage() {
        return "batch [--threads N] --out OUT.jsonl FILE...  |  batch --bench FILE...";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws IOException {
        int threads;
        Path output;
        boolean bench;
        List<Path> files;
        try {
            Options o = Options.parse(args, Set.of("--bench"), Set.of("--threads", "--out"), Options.ANY);
            threads = o.number("--threads", Runtime.getRuntime().availableProcessors(), 1);
            bench = o.flag("--bench");
            output = bench ? o.value("--out", Path::of) : o.required("--out", Path::of);
            files = o.inputFiles();
        } catch (Options.Invalid e) {
            return badArguments(err, e.getMessage());
        }
        Pith pith = Pith.defaults();
        if (bench) {
            return bench(pith, files, out, err);
        }
        long total = 0;
        for (Path f : files) {
            total += Files.isRegularFile(f) ? Files.size(f) : 0;
        }
        Progress progress = new Progress(err, System.console() != null, total);
        BatchSummary summary;
        try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            summary = new BatchRunner(pith, threads).run(files, (r, a) -> w.write(line(r, a) + "\n"), progress, err);
        }
        err.println("pith batch: " + summary.describe());
        return summary.unopened() > 0 ? 1 : 0;
    }

    static String line(ArchiveRecord r, Article a) {
        return ArticleJson.write(new String[] {"url", r.url(), "recordId", r.recordId(), "warcDate", r.date() == null ? null : r.date().toString()}, a);
    }

    /** Pages per second on one and on two threads, in the same run, after a warm-up pass. */
    private static int bench(Pith pith, List<Path> files, PrintStream out, PrintStream err) throws IOException {
        BatchRunner.Sink discard = (r, a) -> { };
        new BatchRunner(pith, 1).run(files, discard, Progress.silent(), err); // warm-up
        BatchSummary one = new BatchRunner(pith, 1).run(files, discard, Progress.silent(), err);
        BatchSummary two = new BatchRunner(pith, 2).run(files, discard, Progress.silent(), err);
        out.printf(Locale.ROOT, "1 thread: %.1f pages/s (%d pages); 2 threads: %.1f pages/s; speed-up %.2fx on %d cores%n",
                one.pagesPerSecond(), one.written(), two.pagesPerSecond(), two.pagesPerSecond() / Math.max(one.pagesPerSecond(), 1e-9),
                Runtime.getRuntime().availableProcessors());
        return one.unopened() > 0 ? 1 : 0;
    }
}
