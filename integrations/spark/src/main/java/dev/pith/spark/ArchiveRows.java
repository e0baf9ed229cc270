package dev.pith.spark;

import dev.pith.Page;
import dev.pith.Pith;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The rows of one WARC or WET archive, read one record at a time so that an archive of any size is
 * cleaned in bounded memory: HTML responses ({@code response} records) and text conversions
 * ({@code conversion} records, as in Common Crawl WET files) become articles; other responses become
 * rows with a skip reason; request, metadata and warcinfo records describe a capture and are passed
 * over. A record that cannot be read ends the archive with one row saying so; it never fails the job.
 *
 * <p>Not thread-safe: one instance per archive, on the task that reads it.
 */
final class ArchiveRows implements Iterator<ArticleRow>, AutoCloseable {

    private final Pith pith;
    private final String name;
    private final WarcReader reader;
    private ArticleRow next;
    private boolean done;

    ArchiveRows(Pith pith, String name, InputStream in) throws IOException {
        this.pith = pith;
        this.name = name;
        this.reader = new WarcReader(in);
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            try {
                Optional<WarcRecord> r = reader.next();
                if (r.isEmpty()) {
                    done = true;
                } else {
                    next = row(r.get());
                }
            } catch (IOException | RuntimeException e) {
                // jwarc cannot resync inside a broken record; report where the archive broke and stop
                done = true;
                next = ArticleRow.skipped(null, null, null, "unreadable archive " + name + " at byte " + reader.position() + ": " + e.getMessage());
            }
        }
        return next != null;
    }

    @Override
    public ArticleRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ArticleRow r = next;
        next = null;
        return r;
    }

    /** The row of a record, or null for records that describe a capture rather than hold a page. */
    private ArticleRow row(WarcRecord record) throws IOException {
        if (!(record instanceof WarcResponse) && !(record instanceof WarcConversion)) {
            return null;
        }
        WarcTargetRecord target = (WarcTargetRecord) record;
        String url = target.target();
        String id = record.id().toString();
        String date = record.date() == null ? null : record.date().toString();
        URI uri = uri(url);
        if (record instanceof WarcConversion conversion) {
            byte[] text = bytes(conversion.body().stream(), pith.limits().maxInputChars());
            if (text == null) {
                return ArticleRow.skipped(url, id, date, "too large");
            }
            return ArticleRow.of(url, id, date, pith.clean(Page.text(new String(text, StandardCharsets.UTF_8), uri)));
        }
        WarcResponse response = (WarcResponse) record;
        MediaType type = response.http().contentType();
        String base = type.base().toString();
        if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
            return ArticleRow.skipped(url, id, date, "not HTML: " + base);
        }
        byte[] html = bytes(response.http().bodyDecoded().stream(), pith.limits().maxInputChars());
        if (html == null) {
            return ArticleRow.skipped(url, id, date, "too large");
        }
        return ArticleRow.of(url, id, date, pith.clean(Page.bytes(html, type.toString(), uri)));
    }

    /**
     * The stream's bytes, or null when it holds more than {@code max}: a record larger than the
     * characters Pith would read is skipped as too large rather than held in memory.
     */
    private static byte[] bytes(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static URI uri(String url) {
        try {
            return url == null ? null : URI.create(url);
        } catch (IllegalArgumentException e) {
            return null; // a malformed target URL still leaves a page to clean
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
