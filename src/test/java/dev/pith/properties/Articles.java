package dev.pith.properties;

import dev.pith.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Real articles to build test pages from: the bodies of the benchmark's ground truth
 * ({@code testdata/bench/scrapinghub}) that read as prose: three to twelve paragraphs, each a few
 * sentences long.
 */
final class Articles {

    record Article(String title, List<String> paragraphs) {
    }

    static final List<Article> ALL = load();

    private Articles() {
    }

    @SuppressWarnings("unchecked")
    private static List<Article> load() {
        try {
            Map<String, Object> gt = (Map<String, Object>) Json.parse(
                    Files.readString(Path.of("testdata", "bench", "scrapinghub", "ground-truth.json")));
            List<Article> out = new ArrayList<>();
            for (Object v : gt.values()) {
                String body = String.valueOf(((Map<String, Object>) v).get("articleBody"));
                List<String> paras = Arrays.stream(body.split("\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
                boolean prose = paras.size() >= 3 && paras.size() <= 12
                        && paras.stream().allMatch(p -> p.split("\\s+").length >= 25 && p.matches(".*[.!?\"”’)]$"));
                if (prose) {
                    String first = paras.get(0);
                    String title = String.join(" ", Arrays.copyOf(first.split("\\s+"), 8)).replaceAll("[.,;:]+$", "");
                    out.add(new Article(title, paras));
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
