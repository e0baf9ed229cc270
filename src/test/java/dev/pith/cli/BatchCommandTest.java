package dev.pith.cli;

import dev.pith.Limits;
import dev.pith.Pith;
import dev.pith.archive.ArchiveReader;
import dev.pith.archive.ArchiveRecord;
import dev.pith.archive.Archives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcRecord;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchCommandTest {

    private static final Pattern SUMMARY = Pattern.compile("(\\d+) records read: (\\d+) written, (\\d+) skipped");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Path warc(Path dir, boolean broken) throws IOException {
        List<Path> html = Archives.htmlPages(4);
        List<WarcRecord> records = new ArrayList<>(List.of(Archives.info()));
        for (Path p : html) {
            records.add(Archives.response(p));
        }
        records.add(2, Archives.response(URI.create("https://example.org/logo.png"), "image/png", new byte[] {1, 2}));
        List<byte[]> members = new ArrayList<>(Archives.members(records, true));
        if (broken) {
            byte[] m = members.get(3).clone();
            Arrays.fill(m, 20, m.length - 20, (byte) 0x33);
            members.set(3, m);
        }
        return Archives.write(dir.resolve(broken ? "broken.warc.gz" : "pages.warc.gz"), members);
    }

    private static Path wet(Path dir) throws IOException {
        List<WarcRecord> records = new ArrayList<>();
        for (Path p : Archives.textPages()) {
            records.add(Archives.conversion(p));
        }
        return Archives.write(dir.resolve("pages.warc.wet"), Archives.members(records, false));
    }

    /** What the library alone gives for every page of the archives, in the batch's line format. */
    private static String expected(Path... archives) throws IOException {
        StringBuilder b = new StringBuilder();
        Pith pith = Pith.defaults();
        for (Path a : archives) {
            try (ArchiveReader r = ArchiveReader.open(a, Limits.DEFAULT)) {
                while (r.hasNext()) {
                    ArchiveRecord rec = r.next();
                    if (rec.isPage()) {
                        b.append(BatchCommand.line(rec, pith.clean(rec.page()))).append('\n');
                    }
                }
            }
        }
        return b.toString();
    }

    private long[] summary() {
        Matcher m = SUMMARY.matcher(err.toString(StandardCharsets.UTF_8));
        assertTrue(m.find(), err.toString(StandardCharsets.UTF_8));
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))};
    }

    @Test
    void writesOneLinePerPageInArchiveOrderAsTheLibraryCleansThem(@TempDir Path dir) throws IOException {
        Path warc = warc(dir, false);
        Path wet = wet(dir);
        Path one = dir.resolve("one.jsonl");
        Path two = dir.resolve("two.jsonl");
        assertEquals(0, run("batch", "--threads", "1", "--out", one.toString(), warc.toString(), wet.toString()));
        assertEquals(0, run("batch", "--threads", "2", "--out", two.toString(), warc.toString(), wet.toString()));
        String expected = expected(warc, wet);
        assertEquals(expected, Files.readString(one));
        assertEquals(Files.readString(one), Files.readString(two), "the thread count does not change the output");
        assertTrue(expected.lines().findFirst().orElseThrow().startsWith("{\"url\":\"https://example.org/news/"));
        assertTrue(expected.contains("\"warcDate\":\"2024-01-16T10:00:00Z\""));
        long[] s = summary();
        assertEquals(s[0], s[1] + s[2], "every record is written or skipped");
        assertEquals(4 + Archives.textPages().size(), s[1]);
    }

    @Test
    void aBrokenArchiveIsCountedAndTheRestStillCleaned(@TempDir Path dir) throws IOException {
        Path broken = warc(dir, true);
        Path output = dir.resolve("out.jsonl");
        assertEquals(0, run("batch", "--threads", "2", "--out", output.toString(), broken.toString()));
        long[] s = summary();
        assertEquals(s[0], s[1] + s[2], "every record is written or skipped");
        assertEquals(s[1], Files.readString(output).lines().count());
        assertEquals(3, s[1], "the pages before and after the broken record");
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("unreadable 1") && text.contains("not html 1") && text.contains("not a page 1"), text);
    }

    @Test
    void aFileThatIsNoArchiveIsReportedAndTheOthersStillCleaned(@TempDir Path dir) throws IOException {
        Path junk = Files.writeString(dir.resolve("notes.txt"), "this is not a WARC file at all\n".repeat(50));
        Path output = dir.resolve("out.jsonl");
        int status = run("batch", "--out", output.toString(), junk.toString(), wet(dir).toString());
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(status == 1 || text.contains("unreadable"), text);
        assertEquals(Archives.textPages().size(), Files.readString(output).lines().count());
        long[] s = summary();
        assertEquals(s[0], s[1] + s[2]);
    }

    @Test
    void badArgumentsExitWithTwo(@TempDir Path dir) {
        assertEquals(2, run("batch", "x.warc"));
        assertEquals(2, run("batch", "--threads", "0", "--out", "o.jsonl", "x.warc"));
        assertEquals(2, run("batch", "--out", "o.jsonl"));
    }

    @Test
    void benchReportsOneAndTwoThreads(@TempDir Path dir) throws IOException {
        assertEquals(0, run("batch", "--bench", wet(dir).toString()));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.matches("(?s)1 thread: [0-9.]+ pages/s \\(5 pages\\); 2 threads: [0-9.]+ pages/s; speed-up [0-9.]+x.*"), text);
    }
}
