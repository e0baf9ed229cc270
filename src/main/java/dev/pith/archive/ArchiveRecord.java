package dev.pith.archive;

import dev.pith.Page;

import java.time.Instant;
import java.util.Objects;

/**
 * One record of a web archive, as {@link ArchiveReader} reads it: either a page to clean or the reason
 * it was skipped.
 *
 * <p>Immutable and thread-safe. Exactly one of {@code page} and {@code skipped} is non-null.
 *
 * @param url      the record's target URL, or null (a warcinfo record, unreadable bytes)
 * @param recordId the WARC-Record-ID, or null when the record could not be read
 * @param date     the WARC-Date, or null
 * @param offset   where the record (or the unreadable stretch) starts in the archive file, in bytes
 * @param page     the page, with its URL, Content-Type charset and the WARC-Date as its reference time
 * @param skipped  why there is no page
 * @param detail   what was seen ("image/jpeg", "bytes 1024 to 2048: bad header"); never null
 */
public record ArchiveRecord(String url, String recordId, Instant date, long offset, Page page, SkipReason skipped, String detail) {

    public ArchiveRecord {
        Objects.requireNonNull(detail, "detail");
        if ((page == null) == (skipped == null)) {
            throw new IllegalArgumentException("a record is either a page or skipped");
        }
    }

    static ArchiveRecord page(String url, String id, Instant date, long offset, Page page) {
        return new ArchiveRecord(url, id, date, offset, page, null, "");
    }

    static ArchiveRecord skip(String url, String id, Instant date, long offset, SkipReason why, String detail) {
        return new ArchiveRecord(url, id, date, offset, null, why, detail);
    }

    /** Whether the record holds a page to clean. */
    public boolean isPage() {
        return page != null;
    }
}
