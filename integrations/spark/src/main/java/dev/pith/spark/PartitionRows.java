package dev.pith.spark;

import dev.pith.Pith;
import dev.pith.archive.ArchiveReader;
import dev.pith.archive.ArchiveRecord;
import dev.pith.archive.SkipReason;
import org.apache.spark.input.PortableDataStream;
import scala.Tuple2;

import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The rows of a partition's archives, one archive after another, each read lazily with Pith's
 * {@link ArchiveReader}: a row per page and per skipped record (request, metadata and warcinfo records,
 * which describe a capture, are passed over); an archive that cannot be opened gives one row saying so.
 *
 * <p>Not thread-safe: Spark drains a partition's iterator on one task thread.
 */
final class PartitionRows implements Iterator<ArticleRow> {

    private final Pith pith;
    private final Iterator<Tuple2<String, PortableDataStream>> files;
    private ArchiveReader current;
    private ArticleRow next;

    PartitionRows(Pith pith, Iterator<Tuple2<String, PortableDataStream>> files) {
        this.pith = pith;
        this.files = files;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (current != null && current.hasNext()) {
                next = row(current.next());
                continue;
            }
            if (current != null) {
                current.closeQuietly();
                current = null;
            }
            if (!files.hasNext()) {
                return false;
            }
            Tuple2<String, PortableDataStream> f = files.next();
            try {
                current = ArchiveReader.of(f._2().open(), f._1(), pith.limits());
            } catch (IOException | RuntimeException e) {
                next = ArticleRow.skipped(null, null, null, "unreadable archive " + f._1() + ": " + e.getMessage());
            }
        }
        return true;
    }

    /** The row of a record, or null for a record that describes a capture rather than holds a page. */
    private ArticleRow row(ArchiveRecord r) {
        String date = r.date() == null ? null : r.date().toString();
        if (r.isPage()) {
            return ArticleRow.of(r.url(), r.recordId(), date, pith.clean(r.page()));
        }
        if (r.skipped() == SkipReason.NOT_A_PAGE) {
            return null;
        }
        String reason = r.skipped() == SkipReason.NOT_HTML ? "not HTML: " + r.detail()
                : r.skipped().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + r.detail();
        return ArticleRow.skipped(r.url(), r.recordId(), date, reason);
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
}
