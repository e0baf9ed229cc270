package dev.pith.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    private static final String PAGE = String.join("\n",
            "Example Daily",
            "",
            "Home > World > Europe",
            "",
            "Council approves new rail line after long debate",
            "",
            "The city council approved the new rail line on Monday after a debate that lasted more than six hours and drew hundreds of residents.",
            "",
            "Supporters said the line would cut travel times in half for commuters from the northern suburbs, while critics questioned its cost.",
            "",
            "Construction is expected to begin next spring and to take about four years, the council said in a statement.",
            "",
            "Related Article",
            "",
            "Share this article",
            "");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void textFormatPrintsTheBodyOneParagraphPerLine(@TempDir Path dir) throws IOException {
        Path page = Files.writeString(dir.resolve("page.txt"), PAGE);
        assertEquals(0, run(page.toString()));
        List<String> lines = out().lines().toList();
        assertEquals(3, lines.size(), out());
        assertTrue(lines.get(0).startsWith("The city council approved"));
        assertFalse(out().contains("Related Article"));
    }

    @Test
    void jsonFormatHasEveryDocumentedKey(@TempDir Path dir) throws IOException {
        Path page = Files.writeString(dir.resolve("page.txt"), PAGE);
        assertEquals(0, run("--format", "json", page.toString()));
        String json = out().strip();
        assertEquals(1, json.lines().count());
        for (String key : List.of("input", "language", "title", "published", "authors", "publisher", "siteName",
                "section", "lead", "captions", "credits", "body", "blocks")) {
            assertTrue(json.contains("\"" + key + "\":"), key);
        }
        assertTrue(json.contains("\"title\":\"Council approves new rail line after long debate\""), json);
        assertTrue(json.contains("\"section\":[\"Home\",\"World\",\"Europe\"]"), json);
        assertTrue(json.contains("\"label\":\"TEASER\""), json);
    }

    @Test
    void outDirectoryGetsOneFilePerInputNamedAfterIt(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), PAGE);
        Files.writeString(in.resolve("b.html"), "<html><body><article><h1>Title here now</h1><p>"
                + "A paragraph of an article that is long enough to count as prose in the body of the page. "
                + "It has a second sentence as well.</p></article></body></html>");
        Path outDir = dir.resolve("out");
        assertEquals(0, run("--format", "json", "--out", outDir.toString(), in.toString()));
        assertTrue(Files.exists(outDir.resolve("a.json")));
        assertTrue(Files.exists(outDir.resolve("b.json")));
        assertTrue(Files.readString(outDir.resolve("b.json")).contains("A paragraph of an article"));
        assertEquals("", out());
    }

    @Test
    void aMissingFileIsReportedAndTheOthersStillCleaned(@TempDir Path dir) throws IOException {
        Path page = Files.writeString(dir.resolve("page.txt"), PAGE);
        int status = run(dir.resolve("missing.txt").toString(), page.toString());
        assertEquals(1, status);
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().contains("missing.txt"));
        assertTrue(out().contains("The city council approved"));
    }

    @Test
    void badArgumentsExitWithStatusTwo() {
        assertEquals(2, run("--format", "xml", "x.txt"));
        assertEquals(2, run("--bogus"));
        assertEquals(2, run());
        assertEquals(3, err().lines().count(), err());
    }

    @Test
    void everyCommandReportsABadCallTheSameWay() {
        List<List<String>> missingValue = List.of(List.of("clean", "--out"), List.of("bench", "--gold"),
                List.of("bench-dates", "--gold"), List.of("batch", "--out"), List.of("report", "--out"),
                List.of("bench-language", "--data"));
        for (List<String> call : missingValue) {
            err.reset();
            assertEquals(2, run(call.toArray(String[]::new)), call.toString());
            assertTrue(err().startsWith("pith " + call.get(0) + ": " + call.get(1) + " needs a value; usage: "), err());
            assertEquals(1, err().lines().count(), err());
        }
        for (String command : List.of("clean", "bench", "bench-dates", "batch", "report", "bench-language", "detect-language")) {
            err.reset();
            assertEquals(2, run(command, "--bogus", "x"), command);
            assertTrue(err().startsWith("pith " + command + ": unknown option --bogus; usage: "), err());
        }
        err.reset();
        assertEquals(2, run("--bogus"));
        assertTrue(err().startsWith("pith clean: unknown option --bogus; usage: [clean] "), err());
    }

    @Test
    void jsonStringsAreEscaped() {
        StringBuilder b = new StringBuilder();
        ArticleJson.string(b, "a\"b\\c\nd\u0001");
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", b.toString());
    }

    @Test
    void urlOfOnePageDatesItFromItsPath(@TempDir Path dir) throws IOException {
        Path page = Files.writeString(dir.resolve("page.txt"), PAGE);
        assertEquals(0, run("--format", "json", "--url", "https://example.org/2021/03/04/rail-line/", page.toString()));
        assertTrue(out().contains("\"published\":\"2021-03-04\""), out());
        assertTrue(out().contains("\"source\":\"URL path\""), out());
    }

    @Test
    void urlsFileGivesEachPageItsUrl(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), PAGE);
        Path b = Files.writeString(dir.resolve("b.txt"), PAGE);
        Path list = Files.writeString(dir.resolve("urls.tsv"), "# name<TAB>url\na.txt\thttps://example.org/2021/03/04/x\n"
                + b + "\thttps://example.org/2020/01/02/y\n");
        assertEquals(0, run("--format", "json", "--urls", list.toString(), a.toString(), b.toString()));
        List<String> lines = out().lines().toList();
        assertTrue(lines.get(0).contains("\"published\":\"2021-03-04\""), lines.get(0));
        assertTrue(lines.get(1).contains("\"published\":\"2020-01-02\""), lines.get(1));
    }

    @Test
    void urlArgumentsAreChecked(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), PAGE);
        Path b = Files.writeString(dir.resolve("b.txt"), PAGE);
        assertEquals(2, run("--url", "https://example.org/", a.toString(), b.toString()), "one URL for two pages");
        assertEquals(2, run("--url", "http://exa mple/", a.toString()));
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "a.txt https://example.org/\n");
        assertEquals(2, run("--urls", bad.toString(), a.toString()));
        assertTrue(err().contains("line 1"), err());
    }

    @Test
    void benchDatesReportsScoresAndMissesWithTheirSources(@TempDir Path dir) throws IOException {
        Path pages = Files.createDirectories(dir.resolve("html"));
        Files.writeString(pages.resolve("10.html"), "<html><head><meta property='article:published_time' content='2021-03-04T10:00:00+01:00'>"
                + "</head><body><h1>Rail line approved</h1><p>" + "The council approved the line. ".repeat(10) + "</p></body></html>");
        Files.writeString(pages.resolve("15.html"), "<html><body><h1>Rail line approved</h1><p>" + "The council approved the line. ".repeat(10)
                + "</p></body></html>");
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), "{\"id\": \"10\", \"url\": \"https://example.org/a\", \"date\": \"2021-03-04\"}\n"
                + "{\"id\": \"15\", \"url\": \"https://example.org/2020/01/02/b\", \"date\": \"2020-01-03\"}\n");
        assertEquals(0, run("bench-dates", "--gold", gold.toString(), "--pages", pages.toString()));
        assertTrue(out().startsWith("pages=2  accuracy=0.500  precision=0.500  recall=1.000"), out());
        assertTrue(out().contains("ids ending 0-4=1  accuracy=1.000"), out());
        assertTrue(out().contains("15  found 2020-01-02 from URL path  gold 2020-01-03 (given by no source Pith read)"), out());
    }

    @Test
    void fetchedAtCountsRelativeDatesBack(@TempDir Path dir) throws IOException {
        Path page = Files.writeString(dir.resolve("page.txt"), PAGE.replace("\n\nThe city council approved", "\n\n2 days ago\n\nThe city council approved"));
        assertEquals(0, run("--format", "json", "--fetched-at", "2021-03-04T10:00:00Z", page.toString()));
        assertTrue(out().contains("\"published\":\"2021-03-02\""), out());
        assertEquals(2, run("--fetched-at", "yesterday", page.toString()));
    }
}
