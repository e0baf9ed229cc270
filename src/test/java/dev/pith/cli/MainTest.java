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
    void jsonStringsAreEscaped() {
        StringBuilder b = new StringBuilder();
        ArticleJson.string(b, "a\"b\\c\nd\u0001");
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", b.toString());
    }
}
