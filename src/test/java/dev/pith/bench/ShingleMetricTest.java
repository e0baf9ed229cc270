package dev.pith.bench;

import dev.pith.bench.ShingleMetric.PageScore;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Java metric agrees with the benchmark's reference scorer ({@code tools/score.py shingle}); the
 * expected numbers below were computed by that scorer on the same texts.
 */
class ShingleMetricTest {

    private final ShingleMetric metric = new ShingleMetric();

    @Test
    void agreesWithTheReferenceScorer() {
        List<PageScore> scores = List.of(
                metric.score("a", "The quick brown fox jumps over the lazy cat. Menu Home.",
                        "The quick brown fox jumps over the lazy dog. The dog sleeps."),
                metric.score("b", "Один два три четыре пять шесть семь", "Один два три четыре пять шесть"),
                metric.score("c", "short text", "short text"),
                metric.score("d", "", "nothing predicted for this page at all"),
                metric.score("e", "", ""),
                metric.score("f", "北京 上海 广州 深圳 重庆 天津 snake_case 3rd ²", "北京 上海 广州 深圳 天津"));
        assertEquals(0.625, scores.get(0).precision(), 1e-9);
        assertEquals(5.0 / 9, scores.get(0).recall(), 1e-9);
        assertEquals(0.75, scores.get(1).precision(), 1e-9);
        assertEquals(1.0, scores.get(2).f1(), 1e-9);
        assertTrue(Double.isNaN(scores.get(3).precision()), "nothing predicted: no precision");
        assertEquals(0.0, scores.get(3).recall(), 1e-9);
        assertEquals(1.0, scores.get(4).precision(), 1e-9);
        assertEquals(1.0 / 6, scores.get(5).precision(), 1e-9);
        assertEquals(0.5, scores.get(5).recall(), 1e-9);
        ShingleMetric.Summary s = metric.summarize(scores);
        assertEquals(0.7083, s.precision(), 1e-4);
        assertEquals(0.6759, s.recall(), 1e-4);
        assertEquals(0.6918, s.f1(), 1e-4);
    }

    @Test
    void tokensArePythonWordRuns() {
        assertEquals(List.of("snake_case", "3rd", "²", "l", "été", "Ⅻ"), ShingleMetric.tokens("snake_case, 3rd ² l'été Ⅻ!"));
        assertEquals(List.of(), ShingleMetric.tokens(" -- , "));
    }
}
