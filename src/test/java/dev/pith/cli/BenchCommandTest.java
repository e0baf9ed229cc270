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
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchCommandTest {

    @Test
    void scoresPagesAgainstTheGoldAndReportsSpeed(@TempDir Path dir) throws IOException {
        String article = "The city council approved the new rail line on Monday after a debate that lasted more than six hours.\n\n"
                + "Supporters said the line would cut travel times in half for commuters from the northern suburbs.\n";
        Files.writeString(dir.resolve("gold.json"), "{\"a1\": {\"articleBody\": \"" + article.replace("\n", "\\n") + "\"},"
                + " \"b2\": {\"articleBody\": \"Nothing of this page was kept.\"}}");
        Path pages = Files.createDirectory(dir.resolve("pages"));
        Files.writeString(pages.resolve("a1.txt"), "Home\n\nWorld\n\nCouncil approves rail line\n\n" + article + "\nRelated Article\n");
        Files.writeString(pages.resolve("b2.txt"), "Home\n\nMenu\n");
        Path out = dir.resolve("pred");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int status = Main.run(List.of("bench", "--gold", dir.resolve("gold.json").toString(), "--pages", pages.toString(),
                "--out", out.toString(), "--worst", "2"), new ByteArrayInputStream(new byte[0]),
                new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        String report = stdout.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, report);
        // a1 is cleaned exactly (P = R = 1); b2 yields nothing (no precision, recall 0): P = 1, R = 0.5.
        assertTrue(report.startsWith("pages=2  F1=0.6667  precision=1.0000  recall=0.5000"), report);
        assertTrue(report.contains("pages/s"), report);
        assertTrue(report.contains("baseline"), report);
        assertEquals(article.strip().replace("\n\n", "\n"), Files.readString(out.resolve("a1.txt")));
    }

    @Test
    void missingArgumentsAreABadCall() {
        int status = Main.run(List.of("bench", "--gold"), new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(2, status);
    }
}
