package dev.pith.bench;

import dev.pith.Article;
import dev.pith.Page;
import dev.pith.Pith;
import dev.pith.bench.DateMetric.Case;
import dev.pith.bench.DateMetric.Outcome;
import dev.pith.bench.DateMetric.Summary;
import dev.pith.date.DateClaim;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Guards the publication-date benchmark (200 world news pages, see the README for the figures): the
 * issue's targets, accuracy at least 0.93 with precision at least 0.95 from HTML with the URL, and the
 * tuning half (ids ending 0-4) within 0.04 of the checking half.
 */
class DateBenchmarkFloorTest {

    private static final Path DIR = Path.of("testdata", "bench", "dates");

    @Test
    void publicationDatesMeetTheTargets() throws IOException {
        Pith pith = Pith.defaults();
        List<Outcome> outcomes = new ArrayList<>();
        for (Case c : DateMetric.readGold(DIR.resolve("gold.jsonl"))) {
            Article a = pith.clean(Page.bytes(Files.readAllBytes(DIR.resolve("html").resolve(c.id() + ".html")), "text/html", c.url()));
            outcomes.add(new Outcome(c, a.published() == null ? null : DateClaim.dayOf(a.published())));
        }
        Summary all = DateMetric.summarize(outcomes);
        Summary tune = DateMetric.summarize(outcomes.stream().filter(o -> DateMetric.isTuningHalf(o.page())).toList());
        Summary check = DateMetric.summarize(outcomes.stream().filter(o -> !DateMetric.isTuningHalf(o.page())).toList());
        assertEquals(200, all.pages());
        assertTrue(all.accuracy() >= 0.93 && all.precision() >= 0.95, all::toString);
        assertTrue(Math.abs(tune.accuracy() - check.accuracy()) <= 0.04, () -> tune + " vs " + check);
    }

    @Test
    void theMetricCountsAMissingDateRightOnlyWhenTheGoldHasNone() {
        Case dated = new Case("1", null, java.time.LocalDate.of(2020, 1, 2));
        Case undated = new Case("2", null, null);
        Summary s = DateMetric.summarize(List.of(new Outcome(dated, null), new Outcome(undated, null),
                new Outcome(dated, java.time.LocalDate.of(2020, 1, 2)), new Outcome(undated, java.time.LocalDate.of(2020, 1, 2))));
        assertEquals(0.5, s.accuracy(), 1e-9);
        assertEquals(0.5, s.precision(), 1e-9);
        assertEquals(0.5, s.recall(), 1e-9);
    }
}
