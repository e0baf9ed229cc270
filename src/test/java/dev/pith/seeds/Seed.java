package dev.pith.seeds;

import dev.pith.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A seed page from {@code testdata/seeds} with its gold answer.
 *
 * @param id   the page's id ("000_c8c3...")
 * @param page the page's text
 * @param gold the gold answer as parsed JSON
 */
record Seed(String id, String page, Map<String, Object> gold) {

    static final Path DIR = Path.of("testdata", "seeds");

    static List<Seed> all() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".gold.json")).sorted().map(Seed::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Seed load(Path goldFile) {
        try {
            Map<String, Object> gold = (Map<String, Object>) Json.parse(Files.readString(goldFile, StandardCharsets.UTF_8));
            String page = Files.readString(DIR.resolve((String) gold.get("file")), StandardCharsets.UTF_8);
            return new Seed((String) gold.get("id"), page, gold);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String string(String key) {
        return (String) gold.get(key);
    }

    @SuppressWarnings("unchecked")
    List<String> strings(String key) {
        Object v = gold.get(key);
        return v == null ? List.of() : (List<String>) v;
    }

    boolean has(String key) {
        return gold.containsKey(key);
    }

    List<String> body() {
        return strings("body");
    }

    List<String> lines() {
        return List.of(page.split("\r?\n", -1));
    }

    @Override
    public String toString() {
        return id;
    }
}
