package dev.pith.bench;

import dev.pith.Page;
import dev.pith.json.Json;
import dev.pith.Pith;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Guards the benchmark scores (see the README for the current figures) against regressions, and
 * checks that text dumps without blank lines (as in WET records) clean the same way and that dumps a
 * text browser wrapped at 80 columns score nearly as well.
 */
class BenchmarkFloorTest {

    private static final Path DIR = Path.of("testdata", "bench", "scrapinghub");
    private static final Pith PITH = Pith.defaults();

    private static Map<String, String> truth() throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) Json.parse(Files.readString(DIR.resolve("ground-truth.json")));
        Map<String, String> out = new TreeMap<>();
        json.forEach((id, v) -> out.put(id, String.valueOf(((Map<?, ?>) v).get("articleBody"))));
        return out;
    }

    private static ShingleMetric.Summary score(String folder, String ext, String contentType) throws IOException {
        ShingleMetric metric = new ShingleMetric();
        List<ShingleMetric.PageScore> scores = new ArrayList<>();
        for (Map.Entry<String, String> e : truth().entrySet()) {
            byte[] bytes = Files.readAllBytes(DIR.resolve(folder).resolve(e.getKey() + ext));
            String body = String.join("\n", PITH.clean(Page.bytes(bytes, contentType, null)).body());
            scores.add(metric.score(e.getKey(), body, e.getValue()));
        }
        return metric.summarize(scores);
    }

    @Test
    void textDumpsScoreAboveTheFloor() throws IOException {
        ShingleMetric.Summary s = score("text", ".txt", "text/plain; charset=utf-8");
        assertEquals(181, s.pages());
        assertTrue(s.f1() >= 0.925 && s.precision() >= 0.93, () -> "text dumps: " + s);
    }

    /** The same pages as a text browser dumps them by default, wrapped at 80 columns (see text-80/README.md). */
    @Test
    void wrappedTextDumpsScoreAboveTheFloor() throws IOException {
        ShingleMetric.Summary s = score("text-80", ".txt", "text/plain; charset=utf-8");
        assertTrue(s.f1() >= 0.92 && s.precision() >= 0.93, () -> "text dumps wrapped at 80 columns: " + s);
    }

    @Test
    void htmlPagesScoreAboveTheFloor() throws IOException {
        ShingleMetric.Summary s = score("html", ".html", "text/html");
        assertTrue(s.f1() >= 0.955 && s.precision() >= 0.96, () -> "HTML pages: " + s);
    }

    @Test
    void dumpsWithoutBlankLinesCleanTheSame() throws IOException {
        int compared = 0;
        for (String id : truth().keySet()) {
            if (id.charAt(1) != '0') {
                continue; // a sample of about one page in sixteen keeps the test quick
            }
            String text = Files.readString(DIR.resolve("text").resolve(id + ".txt"), StandardCharsets.UTF_8);
            String packed = text.replaceAll("(?m)^[\\s\\u00a0]*\\R", "");
            assertEquals(PITH.clean(Page.text(text)).body(), PITH.clean(Page.text(packed)).body(), id);
            compared++;
        }
        assertTrue(compared >= 5, "too few pages compared: " + compared);
    }
}
