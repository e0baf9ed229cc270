package dev.pith.archive;

import dev.pith.Limits;
import dev.pith.Page;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Reads a web archive, WARC or WET, gzipped or not (with jwarc), one record at a time, so that an
 * archive of any size is read in bounded memory. Every record comes out as an {@link ArchiveRecord}:
 * HTML responses and resources, and text conversions (Common Crawl's WET records) as pages; anything
 * else with the {@link SkipReason} it was passed over for. Nothing is dropped silently: bytes that
 * cannot be read come out as one {@link SkipReason#UNREADABLE} record, and an archive opened from a
 * file is read on from the next record boundary after them (the next gzip member, or the next
 * {@code WARC/1.x} line), so one broken record does not lose the rest of the file.
 *
 * <p>Not thread-safe: one reader per archive, on one thread; the pages it gives can be cleaned on any.
 */
public final class ArchiveReader implements Iterator<ArchiveRecord>, Closeable {

    private final String name;
    private final long maxBytes;
    private final FileChannel file;
    private final InputStream stream;
    private WarcReader reader;
    private long base;
    private long lastStart = -1;
    private long resyncedTo;
    /** The start of the record just reported unreadable, whose bad bytes need no second report. */
    private long brokenAt = -1;
    /** Whether the last thing reported was an unreadable stretch with no record read since. */
    private boolean stretchOpen;
    private ArchiveRecord next;
    private boolean done;

    private ArchiveReader(String name, Limits limits, FileChannel file, InputStream stream) throws IOException {
        this.name = name;
        this.maxBytes = limits.maxInputChars();
        this.file = file;
        this.stream = stream;
        this.reader = file != null ? readerAt(file, 0) : new WarcReader(stream);
    }

    /**
     * Opens an archive file; unreadable stretches are skipped to the next record.
     *
     * @throws IOException when the file cannot be opened or does not start like a WARC or WET file
     */
    public static ArchiveReader open(Path path, Limits limits) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        try {
            return new ArchiveReader(path.toString(), limits, channel, null);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Reads an archive from a stream, which cannot be searched: bytes that cannot be read end it, with
     * one {@link SkipReason#UNREADABLE} record for the rest.
     *
     * @param name what to call the archive in details
     * @throws IOException when the stream does not start like a WARC or WET file
     */
    public static ArchiveReader of(InputStream in, String name, Limits limits) throws IOException {
        return new ArchiveReader(name, limits, null, in);
    }

    /** Bytes of the archive read so far (compressed bytes for a gzipped file), for progress. */
    public long bytesRead() throws IOException {
        return file != null ? file.position() : base + reader.position();
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            try {
                Optional<WarcRecord> r = reader.next();
                if (r.isEmpty()) {
                    done = true;
                } else {
                    lastStart = base + reader.position();
                    stretchOpen = false;
                    next = convert(r.get(), lastStart);
                    brokenAt = next.skipped() == SkipReason.UNREADABLE ? lastStart : -1;
                }
            } catch (IOException | RuntimeException e) {
                next = unreadable(e);
            }
        }
        return next != null;
    }

    @Override
    public ArchiveRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ArchiveRecord r = next;
        next = null;
        return r;
    }

    private ArchiveRecord convert(WarcRecord record, long offset) {
        String url = record instanceof WarcTargetRecord t ? t.target() : null;
        String id = record.id() == null ? null : record.id().toString();
        Instant date = record.date();
        try {
            if (record instanceof WarcConversion conversion) {
                byte[] text = bytes(conversion.body().stream());
                return text == null ? tooLarge(url, id, date, offset)
                        : page(url, id, date, offset, Page.text(new String(text, StandardCharsets.UTF_8), uri(url)));
            }
            if (record instanceof WarcResponse response) {
                MediaType type = response.http().contentType();
                return html(url, id, date, offset, type, () -> response.http().bodyDecoded().stream());
            }
            if (record instanceof WarcResource resource) {
                return html(url, id, date, offset, resource.contentType(), () -> resource.body().stream());
            }
            return ArchiveRecord.skip(url, id, date, offset, SkipReason.NOT_A_PAGE, record.type());
        } catch (IOException | RuntimeException e) {
            return ArchiveRecord.skip(url, id, date, offset, SkipReason.UNREADABLE, record.type() + " record: " + e.getMessage());
        }
    }

    private interface Body {
        InputStream open() throws IOException;
    }

    private ArchiveRecord html(String url, String id, Instant date, long offset, MediaType type, Body body) throws IOException {
        String base = type.base().toString();
        if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
            return ArchiveRecord.skip(url, id, date, offset, SkipReason.NOT_HTML, base);
        }
        byte[] bytes = bytes(body.open());
        return bytes == null ? tooLarge(url, id, date, offset) : page(url, id, date, offset, Page.bytes(bytes, type.toString(), uri(url)));
    }

    private static ArchiveRecord page(String url, String id, Instant date, long offset, Page page) {
        // The capture time is when the page was fetched: "3 hours ago" by its headline counts from it.
        return ArchiveRecord.page(url, id, date, offset, date == null ? page : page.withReferenceTime(date.atOffset(ZoneOffset.UTC)));
    }

    private ArchiveRecord tooLarge(String url, String id, Instant date, long offset) {
        return ArchiveRecord.skip(url, id, date, offset, SkipReason.TOO_LARGE, "more than " + maxBytes + " bytes");
    }

    /** The body's bytes, or null when there are more than the limit (the rest is left for jwarc to skip). */
    private byte[] bytes(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > maxBytes) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * The record for bytes that could not be read, after moving on to the next record boundary; null
     * when they are the rest of a record or a stretch already reported unreadable.
     */
    private ArchiveRecord unreadable(Exception e) {
        // a record already reported, or a stretch still being skipped, is one unreadable place, not two
        boolean reported = brokenAt >= 0 && brokenAt == lastStart || stretchOpen;
        brokenAt = -1;
        long after = Math.max(lastStart + 1, resyncedTo + 1);
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        long at = -1;
        String failure = what;
        if (file != null) {
            try {
                at = RecordBoundary.next(file, after, reader.compression() == WarcCompression.GZIP);
                if (at >= 0) {
                    resyncedTo = at;
                    reader = readerAt(file, at);
                    base = at;
                }
            } catch (IOException io) {
                at = -1;
                failure = io.getMessage();
            }
        }
        done = at < 0;
        if (reported) {
            return null;
        }
        stretchOpen = true;
        String stretch = at < 0 ? " from byte " + after + " to the end: " : " before byte " + at + ": ";
        return ArchiveRecord.skip(null, null, null, after, SkipReason.UNREADABLE, name + stretch + failure);
    }

    /**
     * A reader from {@code offset} on. The file is read as a plain stream, so that the reader's
     * positions count from {@code offset} and the file's own position says how far reading has come.
     */
    private static WarcReader readerAt(FileChannel file, long offset) throws IOException {
        file.position(offset);
        return new WarcReader(Channels.newChannel(Channels.newInputStream(file)));
    }

    private static URI uri(String url) {
        try {
            return url == null ? null : URI.create(url);
        } catch (IllegalArgumentException e) {
            return null; // a malformed target still leaves a page to clean
        }
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            if (file != null) {
                file.close();
            }
        }
    }

    /** Closes, for use where an {@link IOException} cannot be thrown. */
    public void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
