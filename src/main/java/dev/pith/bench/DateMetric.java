package dev.pith.bench;

import dev.pith.json.Json;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The publication-date benchmark's metric: accuracy is the share of pages whose date is the gold day
 * (a page without a gold date is right when no date is given: a wrong date is worse than none);
 * precision is the share of given dates that are right; recall is the share of pages given a date.
 *
 * <p>Stateless and thread-safe.
 */
public final class DateMetric {

    private DateMetric() {
    }

    /**
     * One benchmark page.
     *
     * @param id   the page's id (its file is {@code <id>.html})
     * @param url  the page's URL, or null when the gold file has none or it is malformed
     * @param gold the checked publication day, or null when the page has none
     */
    public record Case(String id, URI url, LocalDate gold) {
        public Case {
            Objects.requireNonNull(id, "id");
        }
    }

    /** What was found for a case: {@code found} is null when no date was given. */
    public record Outcome(Case page, LocalDate found) {
        /** Whether the found day is the gold day, or neither exists. */
        public boolean right() {
            return Objects.equals(page.gold(), found);
        }
    }

    /** Scores of a set of pages. */
    public record Summary(int pages, double accuracy, double precision, double recall) {
    }

    /** Reads a gold file of one {@code {"id", "url", "date"}} object per line; lines without an id are skipped. */
    public static List<Case> readGold(Path file) throws IOException {
        List<Case> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && Json.parse(line) instanceof Map<?, ?> m && m.get("id") != null) {
                out.add(new Case(m.get("id").toString(), uri(m.get("url")),
                        m.get("date") == null ? null : LocalDate.parse(m.get("date").toString())));
            }
        }
        return out;
    }

    public static Summary summarize(List<Outcome> outcomes) {
        long given = outcomes.stream().filter(o -> o.found() != null).count();
        long right = outcomes.stream().filter(Outcome::right).count();
        long rightDates = outcomes.stream().filter(o -> o.right() && o.found() != null).count();
        int n = outcomes.size();
        return new Summary(n, ratio(right, n), ratio(rightDates, given), ratio(given, n));
    }

    /** Whether a page's id ends in 0-4, the half rules are tuned on; 5-9 is the half that checks them. */
    public static boolean isTuningHalf(Case c) {
        return Character.digit(c.id().charAt(c.id().length() - 1), 10) < 5;
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static URI uri(Object url) {
        try {
            return url == null ? null : new URI(url.toString());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
