package dev.pith.archive;

import dev.pith.Limits;
import dev.pith.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcRecord;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArchiveReaderTest {

    private static List<ArchiveRecord> readAll(Path file) throws IOException {
        List<ArchiveRecord> out = new ArrayList<>();
        try (ArchiveReader r = ArchiveReader.open(file, Limits.DEFAULT)) {
            r.forEachRemaining(out::add);
        }
        return out;
    }

    private static List<WarcRecord> mixed() throws IOException {
        List<Path> html = Archives.htmlPages(3);
        return List.of(Archives.info(), Archives.response(html.get(0)), Archives.response(html.get(1)),
                Archives.response(URI.create("https://example.org/a.jpg"), "image/jpeg", new byte[] {1, 2, 3}), Archives.response(html.get(2)));
    }

    @Test
    void everyRecordOfAGzippedWarcComesOutAsAPageOrASkip(@TempDir Path dir) throws IOException {
        List<ArchiveRecord> records = readAll(Archives.write(dir.resolve("a.warc.gz"), Archives.members(mixed(), true)));
        assertEquals(5, records.size());
        assertEquals(SkipReason.NOT_A_PAGE, records.get(0).skipped());
        assertEquals("warcinfo", records.get(0).detail());
        assertEquals(SkipReason.NOT_HTML, records.get(3).skipped());
        assertEquals("image/jpeg", records.get(3).detail());
        Path first = Archives.htmlPages(1).get(0);
        ArchiveRecord page = records.get(1);
        assertTrue(page.isPage());
        assertEquals(Archives.url(first).toString(), page.url());
        assertTrue(page.recordId().startsWith("urn:uuid:"));
        assertEquals(Archives.CAPTURED, page.date());
        assertEquals(Page.Format.HTML, page.page().format());
        assertEquals(Page.bytes(Files.readAllBytes(first), "text/html; charset=utf-8", null).content(), page.page().content());
        assertEquals(Archives.CAPTURED.atOffset(ZoneOffset.UTC), page.page().referenceTime().orElseThrow());
    }

    @Test
    void aCorruptRecordIsReportedAndTheRecordsAfterItAreStillRead(@TempDir Path dir) throws IOException {
        List<byte[]> members = new ArrayList<>(Archives.members(mixed(), true));
        byte[] broken = members.get(2).clone();
        Arrays.fill(broken, 20, broken.length - 20, (byte) 0x55); // the member's deflate stream is garbage
        members.set(2, broken);
        List<ArchiveRecord> records = readAll(Archives.write(dir.resolve("b.warc.gz"), members));
        long pages = records.stream().filter(ArchiveRecord::isPage).count();
        long unreadable = records.stream().filter(r -> r.skipped() == SkipReason.UNREADABLE).count();
        assertEquals(2, pages, records::toString);
        assertEquals(1, unreadable, records::toString);
        assertEquals(SkipReason.NOT_HTML, records.get(records.size() - 2).skipped(), "the image after the broken record is read");
        assertTrue(records.get(records.size() - 1).isPage(), "the last page after the broken record is read");
    }

    @Test
    void aTruncatedArchiveEndsWithOneUnreadableRecord(@TempDir Path dir) throws IOException {
        List<byte[]> members = new ArrayList<>(Archives.members(mixed(), true));
        byte[] last = members.get(4);
        members.set(4, Arrays.copyOf(last, last.length / 2));
        List<ArchiveRecord> records = readAll(Archives.write(dir.resolve("c.warc.gz"), members));
        assertEquals(5, records.size(), records::toString);
        assertEquals(SkipReason.UNREADABLE, records.get(4).skipped());
    }

    @Test
    void aPlainWetFileGivesTextPages(@TempDir Path dir) throws IOException {
        List<Path> seeds = Archives.textPages();
        List<WarcRecord> conversions = new ArrayList<>();
        for (Path p : seeds) {
            conversions.add(Archives.conversion(p));
        }
        List<ArchiveRecord> records = readAll(Archives.write(dir.resolve("d.warc.wet"), Archives.members(conversions, false)));
        assertEquals(seeds.size(), records.size());
        for (int i = 0; i < seeds.size(); i++) {
            assertEquals(Page.Format.TEXT, records.get(i).page().format());
            assertEquals(Files.readString(seeds.get(i)), records.get(i).page().content());
        }
    }

    @Test
    void aPageOverTheLimitIsSkippedAsTooLarge(@TempDir Path dir) throws IOException {
        Path file = Archives.write(dir.resolve("e.warc"), Archives.members(mixed(), false));
        List<ArchiveRecord> records = new ArrayList<>();
        try (ArchiveReader r = ArchiveReader.open(file, new Limits(100, 1000, 64, 100))) {
            r.forEachRemaining(records::add);
        }
        assertEquals(SkipReason.TOO_LARGE, records.get(1).skipped());
        assertEquals(SkipReason.NOT_HTML, records.get(3).skipped(), "small records are still read");
    }

    @Test
    void aStreamThatBreaksEndsWithTheRest(@TempDir Path dir) throws IOException {
        List<byte[]> members = new ArrayList<>(Archives.members(mixed(), false));
        members.set(2, "WARC/1.1\r\nthis is not a header\r\n\r\n".getBytes());
        byte[] all = Files.readAllBytes(Archives.write(dir.resolve("f.warc"), members));
        List<ArchiveRecord> records = new ArrayList<>();
        try (ArchiveReader r = ArchiveReader.of(new ByteArrayInputStream(all), "f.warc", Limits.DEFAULT)) {
            r.forEachRemaining(records::add);
        }
        assertEquals(3, records.size(), records::toString);
        assertEquals(SkipReason.UNREADABLE, records.get(2).skipped());
        assertTrue(records.get(2).detail().contains("to the end"), records.get(2).detail());
    }

    @Test
    void aRecordIsEitherAPageOrSkipped() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ArchiveRecord(null, null, null, 0, null, null, ""));
        assertArrayEquals(new SkipReason[] {SkipReason.NOT_A_PAGE, SkipReason.NOT_HTML, SkipReason.TOO_LARGE, SkipReason.UNREADABLE},
                SkipReason.values());
    }
}
