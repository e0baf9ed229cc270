package dev.pith.spark;

import dev.pith.Pith;
import org.apache.spark.input.PortableDataStream;
import scala.Tuple2;

import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The rows of a partition's archives, one archive after another, each read lazily; an archive that
 * cannot be opened gives one row saying so.
 *
 * <p>Not thread-safe: Spark drains a partition's iterator on one task thread.
 */
final class PartitionRows implements Iterator<ArticleRow> {

    private final Pith pith;
    private final Iterator<Tuple2<String, PortableDataStream>> files;
    private ArchiveRows current;
    private ArticleRow unopenable;

    PartitionRows(Pith pith, Iterator<Tuple2<String, PortableDataStream>> files) {
        this.pith = pith;
        this.files = files;
    }

    @Override
    public boolean hasNext() {
        while (unopenable == null && (current == null || !current.hasNext())) {
            if (current != null) {
                current.close();
                current = null;
            }
            if (!files.hasNext()) {
                return false;
            }
            Tuple2<String, PortableDataStream> f = files.next();
            try {
                current = new ArchiveRows(pith, f._1(), f._2().open());
            } catch (IOException e) {
                unopenable = ArticleRow.skipped(null, null, null, "unreadable archive " + f._1() + ": " + e.getMessage());
            }
        }
        return true;
    }

    @Override
    public ArticleRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (unopenable != null) {
            ArticleRow r = unopenable;
            unopenable = null;
            return r;
        }
        return current.next();
    }
}
