package dev.pith.cli;

import dev.pith.Article;
import dev.pith.DateEvidence;
import dev.pith.Page;
import dev.pith.Pith;
import dev.pith.bench.DateMetric;
import dev.pith.bench.DateMetric.Case;
import dev.pith.bench.DateMetric.Outcome;
import dev.pith.bench.DateMetric.Summary;
import dev.pith.date.DateClaim;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores publication dates against a benchmark: {@code bench-dates --gold GOLD.jsonl --pages DIR
 * [--no-url] [--misses N]}. The gold file holds one {@code {"id", "url", "date"}} object per line and
 * the pages are {@code DIR/<id>.html}. Prints accuracy, precision and recall ({@link DateMetric}) for
 * the set and for the ids ending in 0-4 and 5-9 (tune on one, check on the other), then the misses:
 * the date found and its source, the gold date, and which of the page's sources gave the gold date.
 */
final class DateBenchCommand implements Command {

    @Override
    public String name() {
        return "bench-dates";
    }

    @Override
    public String usage() {
        return "bench-dates --gold GOLD.jsonl --pages DIR [--no-url] [--misses N]";
    }

    private record Result(Outcome outcome, Article article) {
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws IOException {
        Path gold;
        Path pages;
        boolean useUrl;
        int misses;
        try {
            Options o = Options.parse(args, Set.of("--no-url"), Set.of("--gold", "--pages", "--misses"), Options.NONE);
            gold = o.required("--gold", Path::of);
            pages = o.required("--pages", Path::of);
            useUrl = !o.flag("--no-url");
            misses = o.number("--misses", Integer.MAX_VALUE, 0);
        } catch (Options.Invalid e) {
            return badArguments(err, e.getMessage());
        }
        Pith pith = Pith.defaults();
        List<Result> results = new ArrayList<>();
        for (Case c : DateMetric.readGold(gold)) {
            Path file = pages.resolve(c.id() + ".html");
            Article a;
            if (Files.isRegularFile(file)) {
                a = pith.clean(Page.bytes(Files.readAllBytes(file), "text/html", useUrl ? c.url() : null));
            } else {
                err.println("pith bench-dates: no page " + file + "; scored as no date");
                a = Article.empty("missing");
            }
            results.add(new Result(new Outcome(c, a.published() == null ? null : DateClaim.dayOf(a.published())), a));
        }
        List<Outcome> outcomes = results.stream().map(Result::outcome).toList();
        line(out, "pages", DateMetric.summarize(outcomes));
        line(out, "  ids ending 0-4", DateMetric.summarize(outcomes.stream().filter(o -> DateMetric.isTuningHalf(o.page())).toList()));
        line(out, "  ids ending 5-9", DateMetric.summarize(outcomes.stream().filter(o -> !DateMetric.isTuningHalf(o.page())).toList()));
        List<Result> wrong = results.stream().filter(r -> !r.outcome().right()).toList();
        out.println("misses (" + wrong.size() + "):");
        wrong.stream().limit(misses).forEach(r -> out.println("  " + describe(r)));
        return 0;
    }

    private static void line(PrintStream out, String name, Summary s) {
        out.printf(Locale.ROOT, "%s=%d  accuracy=%.3f  precision=%.3f  recall=%.3f%n", name, s.pages(), s.accuracy(), s.precision(), s.recall());
    }

    private static String describe(Result r) {
        Case page = r.outcome().page();
        List<DateEvidence> evidence = r.article().dateEvidence();
        String found = evidence.stream().filter(e -> e.kind() == DateEvidence.Kind.PUBLISHED && e.chosen())
                .map(e -> r.outcome().found() + " from " + e.source()).findFirst().orElse("no date");
        String goldSources = evidence.stream().filter(e -> DateClaim.dayOf(e.value()).equals(page.gold()))
                .map(DateEvidence::source).distinct().collect(Collectors.joining("; "));
        return page.id() + "  found " + found + "  gold " + page.gold() + " (given by "
                + (goldSources.isEmpty() ? "no source Pith read" : goldSources) + ")  " + page.url();
    }
}
