package dev.pith.cli;

import dev.pith.Article;
import dev.pith.DateEvidence;
import dev.pith.Page;
import dev.pith.Pith;
import dev.pith.date.DateClaim;
import dev.pith.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Scores publication dates against a benchmark: {@code bench-dates --gold GOLD.jsonl --pages DIR
 * [--no-url] [--misses N]}. The gold file holds one {@code {"id", "url", "date"}} object per line and
 * the pages are {@code DIR/<id>.html}. Prints accuracy (right day over all pages), precision (right
 * over pages given a date) and recall (pages given a date over all), for the set and for the ids
 * ending in 0-4 and 5-9 (tune on one, check on the other), then the misses: the date found and its
 * source, the gold date, and which of the page's sources gave the gold date. A page whose gold date
 * is null has none: it counts as right when Pith gives no date.
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

    /** One benchmark page; {@code url} and {@code gold} may be null. */
    private record Case(String id, URI url, LocalDate gold) {
    }

    private record Outcome(Case page, Article article) {
        LocalDate found() {
            return article.published() == null ? null : DateClaim.dayOf(article.published());
        }

        /** A page whose gold has no date is right when Pith gives none: a wrong date is worse than none. */
        boolean right() {
            return Objects.equals(page.gold(), found());
        }
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws IOException {
        Path gold = null;
        Path pages = null;
        boolean useUrl = true;
        int misses = Integer.MAX_VALUE;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--no-url")) {
                useUrl = false;
                continue;
            }
            if (i + 1 >= args.size()) {
                err.println("pith bench-dates: " + a + " needs a value; usage: " + usage());
                return 2;
            }
            String v = args.get(++i);
            switch (a) {
                case "--gold" -> gold = Path.of(v);
                case "--pages" -> pages = Path.of(v);
                case "--misses" -> misses = Integer.parseInt(v);
                default -> {
                    err.println("pith bench-dates: unknown option " + a + "; usage: " + usage());
                    return 2;
                }
            }
        }
        if (gold == null || pages == null) {
            err.println("pith bench-dates: usage: " + usage());
            return 2;
        }
        Pith pith = Pith.defaults();
        List<Outcome> outcomes = new ArrayList<>();
        for (Case c : readGold(gold, err)) {
            Path file = pages.resolve(c.id() + ".html");
            if (!Files.isRegularFile(file)) {
                err.println("pith bench-dates: no page " + file + "; scored as no date");
                outcomes.add(new Outcome(c, Article.empty("missing")));
                continue;
            }
            Page page = Page.bytes(Files.readAllBytes(file), "text/html", useUrl ? c.url() : null);
            outcomes.add(new Outcome(c, pith.clean(page)));
        }
        line(out, "pages", outcomes);
        line(out, "  ids ending 0-4", outcomes.stream().filter(lastDigitBelow(5)).toList());
        line(out, "  ids ending 5-9", outcomes.stream().filter(lastDigitBelow(5).negate()).toList());
        List<Outcome> wrong = outcomes.stream().filter(o -> !o.right()).toList();
        out.println("misses (" + wrong.size() + "):");
        wrong.stream().limit(misses).forEach(o -> out.println("  " + describe(o)));
        return 0;
    }

    private static Predicate<Outcome> lastDigitBelow(int n) {
        return o -> Character.digit(o.page().id().charAt(o.page().id().length() - 1), 10) < n;
    }

    private static void line(PrintStream out, String name, List<Outcome> outcomes) {
        long given = outcomes.stream().filter(o -> o.found() != null).count();
        long right = outcomes.stream().filter(Outcome::right).count();
        long rightDates = outcomes.stream().filter(o -> o.right() && o.found() != null).count();
        int n = outcomes.size();
        out.printf(Locale.ROOT, "%s=%d  accuracy=%.3f  precision=%.3f  recall=%.3f%n", name, n, ratio(right, n), ratio(rightDates, given),
                ratio(given, n));
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static String describe(Outcome o) {
        Article a = o.article();
        String found = a.dateEvidence().stream().filter(e -> e.kind() == DateEvidence.Kind.PUBLISHED && e.chosen())
                .map(e -> DateClaim.dayOf(e.value()) + " from " + e.source()).findFirst().orElse("no date");
        String goldSources = a.dateEvidence().stream().filter(e -> DateClaim.dayOf(e.value()).equals(o.page().gold()))
                .map(DateEvidence::source).distinct().collect(Collectors.joining("; "));
        return o.page().id() + "  found " + found + "  gold " + o.page().gold() + " (given by "
                + (goldSources.isEmpty() ? "no source Pith read" : goldSources) + ")  " + o.page().url();
    }

    private static List<Case> readGold(Path gold, PrintStream err) throws IOException {
        List<Case> out = new ArrayList<>();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            if (Json.parse(line) instanceof Map<?, ?> m && m.get("id") != null) {
                URI url = null;
                try {
                    url = m.get("url") == null ? null : new URI(m.get("url").toString());
                } catch (URISyntaxException e) {
                    err.println("pith bench-dates: unreadable URL for " + m.get("id") + "; read without it");
                }
                out.add(new Case(m.get("id").toString(), url, m.get("date") == null ? null : LocalDate.parse(m.get("date").toString())));
            }
        }
        return out;
    }
}
