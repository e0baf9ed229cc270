package dev.pith.archive;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Builds WARC and WET files for tests with jwarc's writer, from the pages in testdata/. */
public final class Archives {

    public static final Instant CAPTURED = Instant.parse("2024-01-16T10:00:00Z");

    private Archives() {
    }

    /** The first {@code n} benchmark HTML pages, in name order. */
    public static List<Path> htmlPages(int n) throws IOException {
        try (Stream<Path> s = Files.list(Path.of("testdata", "bench", "scrapinghub", "html"))) {
            return s.sorted().limit(n).toList();
        }
    }

    /** The seed text dumps. */
    public static List<Path> textPages() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("testdata", "seeds"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    public static URI url(Path page) {
        return URI.create("https://example.org/news/" + page.getFileName());
    }

    public static WarcRecord info() throws IOException {
        return new Warcinfo.Builder().fields(java.util.Map.of("software", List.of("pith-tests"))).build();
    }

    public static WarcRecord response(Path page) throws IOException {
        return response(url(page), "text/html; charset=utf-8", Files.readAllBytes(page));
    }

    public static WarcRecord response(URI url, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(url).date(CAPTURED).body(http).build();
    }

    public static WarcRecord conversion(Path page) throws IOException {
        return new WarcConversion.Builder().addHeader("WARC-Target-URI", url(page).toString()).date(CAPTURED)
                .body(MediaType.PLAIN_TEXT, Files.readString(page).getBytes(StandardCharsets.UTF_8)).build();
    }

    /** Each record on its own: a gzip member apiece when {@code gzip}. */
    public static List<byte[]> members(List<WarcRecord> records, boolean gzip) throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (WarcRecord r : records) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (WarcWriter w = new WarcWriter(Channels.newChannel(bytes), gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
                w.write(r);
            }
            out.add(bytes.toByteArray());
        }
        return out;
    }

    public static Path write(Path file, List<byte[]> members) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] m : members) {
            all.write(m);
        }
        return Files.write(file, all.toByteArray());
    }
}
