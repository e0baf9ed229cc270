package dev.pith.cli;

import dev.pith.Article;
import dev.pith.Page;
import dev.pith.Pith;
import dev.pith.json.Json;
import dev.pith.bench.ShingleMetric;
import dev.pith.bench.ShingleMetric.PageScore;
import dev.pith.bench.ShingleMetric.Summary;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * Runs Pith over a benchmark's pages and scores the bodies with the benchmark's metric
 * ({@link ShingleMetric}): {@code bench --gold GROUND_TRUTH --pages DIR [--input auto|html|text]
 * [--no-blank-lines] [--scaling] [--worst N] [--out DIR]}. Prints precision, recall and F1 for the set and for the
 * halves whose ids start with 0-7 and 8-f (tune on one, check on the other), the worst pages, and
 * the speed on one thread next to a baseline measured in the same run (jsoup parsing the same HTML, or
 * splitting the same text into lines).
 */
final class BenchCommand implements Command {

    private static final long MIN_TIMED_NANOS = 1_000_000_000L;
    private static final long WARM_UP_NANOS = 4_000_000_000L;
    private static final int ROUNDS = 3;

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String usage() {
        return "bench --gold GROUND_TRUTH.json --pages DIR [--input auto|html|text] [--no-blank-lines] [--scaling] [--worst N] [--out DIR]";
    }

    private record Input(String id, Path file, byte[] bytes) {
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws IOException {
        Path gold;
        Path pages;
        Path outDir;
        CleanCommand.Input input;
        boolean noBlankLines;
        boolean scaling;
        int worst;
        try {
            Options o = Options.parse(args, Set.of("--no-blank-lines", "--scaling"),
                    Set.of("--gold", "--pages", "--out", "--input", "--worst"), Options.NONE);
            gold = o.required("--gold", Path::of);
            pages = o.required("--pages", Path::of);
            outDir = o.value("--out", Path::of);
            input = o.choice("--input", CleanCommand.Input.AUTO);
            noBlankLines = o.flag("--no-blank-lines");
            scaling = o.flag("--scaling");
            worst = o.number("--worst", 10, 0);
        } catch (Options.Invalid e) {
            return badArguments(err, e.getMessage());
        }
        Map<String, String> truth = readGold(gold);
        List<Input> inputs = readInputs(truth, pages, err);
        Pith pith = Pith.defaults();
        List<Page> parsed = new ArrayList<>();
        for (Input i : inputs) {
            parsed.add(page(i, input, noBlankLines));
        }

        ShingleMetric metric = new ShingleMetric();
        List<PageScore> scores = new ArrayList<>();
        Map<String, List<PageScore>> byLanguage = new TreeMap<>();
        for (int k = 0; k < inputs.size(); k++) {
            Article a = pith.clean(parsed.get(k));
            String predicted = String.join("\n", a.body());
            PageScore score = metric.score(inputs.get(k).id(), predicted, truth.get(inputs.get(k).id()));
            scores.add(score);
            byLanguage.computeIfAbsent(a.language(), l -> new ArrayList<>()).add(score);
            if (outDir != null) {
                Files.createDirectories(outDir);
                Files.writeString(outDir.resolve(inputs.get(k).id() + ".txt"), predicted, StandardCharsets.UTF_8);
            }
        }
        report(out, metric, scores, worst);
        byLanguage(out, metric, byLanguage);
        speed(out, pith, parsed);
        if (scaling) {
            Scaling.report(out, pith, parsed);
        }
        return 0;
    }

    private static Map<String, String> readGold(Path gold) throws IOException {
        Object json = Json.parse(Files.readString(gold, StandardCharsets.UTF_8));
        Map<String, String> truth = new TreeMap<>();
        if (json instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                Object body = e.getValue() instanceof Map<?, ?> v ? v.get("articleBody") : null;
                truth.put((String) e.getKey(), body == null ? "" : body.toString());
            }
        }
        return truth;
    }

    private static List<Input> readInputs(Map<String, String> truth, Path dir, PrintStream err) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(Files::isRegularFile).forEach(p -> files.put(CleanCommand.baseName(p), p));
        }
        List<Input> out = new ArrayList<>();
        for (String id : truth.keySet()) {
            Path f = files.get(id);
            if (f == null) {
                err.println("pith bench: no page for " + id + " in " + dir + "; scored as empty");
                out.add(new Input(id, null, new byte[0]));
            } else {
                out.add(new Input(id, f, Files.readAllBytes(f)));
            }
        }
        return out;
    }

    /** The page of input {@code i}: read as {@code mode} says, or, for AUTO, as its file name's extension says. */
    private static Page page(Input i, CleanCommand.Input mode, boolean noBlankLines) {
        boolean auto = mode == CleanCommand.Input.AUTO && i.file() != null;
        boolean html = mode == CleanCommand.Input.HTML || (auto && i.file().toString().endsWith(".html"));
        boolean text = mode == CleanCommand.Input.TEXT || (auto && i.file().toString().endsWith(".txt"));
        Page p = Page.bytes(i.bytes(), html ? "text/html" : text ? "text/plain" : null, null);
        if (noBlankLines && p.format() == Page.Format.TEXT) {
            p = Page.text(p.content().replaceAll("(?m)^[\\s\\u00a0]*\\R", ""));
        }
        return p;
    }

    private static void report(PrintStream out, ShingleMetric metric, List<PageScore> scores, int worst) {
        Summary all = metric.summarize(scores);
        Summary low = metric.summarize(scores.stream().filter(s -> Character.digit(s.id().charAt(0), 16) < 8).toList());
        Summary high = metric.summarize(scores.stream().filter(s -> Character.digit(s.id().charAt(0), 16) >= 8).toList());
        out.printf(Locale.ROOT, "pages=%d  F1=%.4f  precision=%.4f  recall=%.4f%n", all.pages(), all.f1(), all.precision(), all.recall());
        out.printf(Locale.ROOT, "  ids 0-7: pages=%d  F1=%.4f  precision=%.4f  recall=%.4f%n", low.pages(), low.f1(), low.precision(), low.recall());
        out.printf(Locale.ROOT, "  ids 8-f: pages=%d  F1=%.4f  precision=%.4f  recall=%.4f%n", high.pages(), high.f1(), high.precision(), high.recall());
        out.println("worst pages:");
        scores.stream().sorted(Comparator.comparingDouble(PageScore::f1).thenComparing(PageScore::id)).limit(worst)
                .forEach(s -> out.printf(Locale.ROOT, "  %s  F1=%.3f  P=%s  R=%s%n", s.id(), s.f1(), num(s.precision()), num(s.recall())));
    }

    /** F1 per detected article language, so that pages in other languages can be compared with English ones. */
    private static void byLanguage(PrintStream out, ShingleMetric metric, Map<String, List<PageScore>> byLanguage) {
        StringBuilder b = new StringBuilder("by language:");
        byLanguage.forEach((lang, s) -> {
            Summary sum = metric.summarize(s);
            b.append(String.format(Locale.ROOT, "  %s %d pages F1=%.3f", lang, sum.pages(), sum.f1()));
        });
        out.println(b);
    }

    private static String num(double d) {
        return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.3f", d);
    }

    /**
     * Pages per second on one thread, with the baseline timed the same way in the same run: jsoup
     * parsing each HTML page, or splitting each text page into lines. Both are warmed up for seconds
     * first (the JIT needs that long to settle on Pith's much larger code; one pass left Pith half
     * compiled), then timed in alternating rounds, and each keeps its fastest round, so a burst of
     * load from another process on the machine skews neither side.
     */
    private static void speed(PrintStream out, Pith pith, List<Page> pages) {
        long chars = pages.stream().mapToLong(p -> p.content().length()).sum();
        ToIntFunction<Page> clean = p -> pith.clean(p).body().size();
        ToIntFunction<Page> baseline = p -> p.format() == Page.Format.HTML
                ? Jsoup.parse(p.content()).childNodeSize() : (int) p.content().lines().count();
        warmUp(pages, clean);
        warmUp(pages, baseline);
        double pith1 = Double.MAX_VALUE;
        double base = Double.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            pith1 = Math.min(pith1, timePerPass(pages, clean));
            base = Math.min(base, timePerPass(pages, baseline));
        }
        boolean anyHtml = pages.stream().anyMatch(p -> p.format() == Page.Format.HTML);
        double mb = chars / 1e6;
        out.printf(Locale.ROOT, "speed (one thread): %.1f pages/s, %.2f MB/s of decoded text (%.1f ms per pass over %d pages, %.1f MB)%n",
                pages.size() / pith1, mb / pith1, pith1 * 1000, pages.size(), mb);
        out.printf(Locale.ROOT, "baseline (%s) in the same run: %.1f pages/s; Pith takes %.2fx the baseline's time%n",
                anyHtml ? "jsoup parse alone" : "splitting into lines", pages.size() / base, pith1 / base);
    }

    private static void warmUp(List<Page> pages, ToIntFunction<Page> work) {
        long start = System.nanoTime();
        long sink = 0;
        do {
            for (Page p : pages) {
                sink += work.applyAsInt(p);
            }
        } while (System.nanoTime() - start < WARM_UP_NANOS);
        keep(sink);
    }

    /** Seconds per pass over {@code pages}, averaged over as many passes as fit in about a second. */
    private static double timePerPass(List<Page> pages, ToIntFunction<Page> work) {
        long sink = 0;
        int passes = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            for (Page p : pages) {
                sink += work.applyAsInt(p);
            }
            passes++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < MIN_TIMED_NANOS);
        keep(sink);
        return elapsed / 1e9 / passes;
    }

    private static void keep(long sink) {
        if (sink == 42) {
            System.err.print(""); // keeps the work from being optimised away
        }
    }
}
