package dev.pith.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageCommandsTest {

    @Test
    void detectLanguagePrintsOneTagPerLine() throws Exception {
        String input = "Der Hund schläft unter dem alten Baum im Garten.\n12345\n\nLe chat dort sur le canapé du salon.\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new DetectLanguageCommand().run(List.of(),
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, status);
        assertEquals(List.of("de", "und", "und", "fr"), out.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void detectLanguageRejectsArguments() throws Exception {
        int status = new DetectLanguageCommand().run(List.of("--what"), new ByteArrayInputStream(new byte[0]),
            new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(2, status);
    }

    @Test
    void benchReportsAccuracyPerLanguageAndAverages(@TempDir Path dir) throws Exception {
        for (String cls : LanguageBenchCommand.CLASSES) {
            Files.createDirectories(dir.resolve(cls));
            for (String lang : LanguageBenchCommand.LANGUAGES) {
                Path sample = Path.of("testdata", "langid", cls, lang + ".txt");
                List<String> lines = Files.readAllLines(sample, StandardCharsets.UTF_8);
                Files.write(dir.resolve(cls).resolve(lang + ".txt"), lines.subList(0, Math.min(5, lines.size())),
                    StandardCharsets.UTF_8);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new LanguageBenchCommand().run(List.of("--data", dir.toString()), new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        String report = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, report);
        assertTrue(report.contains("average over " + LanguageBenchCommand.LANGUAGES.size() + " languages"), report);
        assertTrue(report.contains("average over the first 42 languages"), report);
        assertTrue(report.contains("detections per second"), report);
        assertTrue(report.contains("MB deflated"), report);
        assertTrue(report.contains("load time"), report);
    }

    @Test
    void benchNeedsADataDirectory() throws Exception {
        int status = new LanguageBenchCommand().run(List.of(), new ByteArrayInputStream(new byte[0]),
            new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(2, status);
    }
}
