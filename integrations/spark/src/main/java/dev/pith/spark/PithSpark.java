package dev.pith.spark;

import dev.pith.Page;
import dev.pith.Pith;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

import java.net.URI;
import java.util.Iterator;

/**
 * Pith as a Spark job: archives (WARC with HTML responses, WET with text conversions, gzipped or not)
 * or a Dataset of HTML pages are mapped, a partition at a time, through one {@link Pith} per
 * partition, into {@link ArticleRow}s that Spark writes as Parquet. Pith holds no state between
 * pages, so a partition's result does not depend on which pages share it.
 *
 * <p>Run on a cluster with {@code spark-submit --class dev.pith.spark.PithSpark pith-spark-job.jar
 * --in 's3a://bucket/crawl/*.warc.gz' --out s3a://bucket/articles} (see the README).
 */
public final class PithSpark {

    private static final Encoder<ArticleRow> ROWS = Encoders.bean(ArticleRow.class);

    private PithSpark() {
    }

    /**
     * The articles of every archive matching {@code path} (any Hadoop path or glob), one row per HTML
     * response or text conversion, with skipped records kept as rows with a {@code skipReason}.
     */
    public static Dataset<ArticleRow> cleanArchives(SparkSession spark, String path) {
        JavaRDD<Tuple2<String, PortableDataStream>> files = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .binaryFiles(path).map(t -> t);
        JavaRDD<ArticleRow> rows = files.mapPartitions(PithSpark::archiveRows);
        return spark.createDataset(rows.rdd(), ROWS);
    }

    /**
     * The articles of a Dataset of pages with string columns {@code url} (may be null) and
     * {@code html}; the other Article fields come out as in {@link #cleanArchives}.
     */
    public static Dataset<ArticleRow> cleanPages(Dataset<Row> pages) {
        return pages.select("url", "html").mapPartitions(PithSpark::pageRows, ROWS);
    }

    private static Iterator<ArticleRow> archiveRows(Iterator<Tuple2<String, PortableDataStream>> files) {
        return new PartitionRows(Pith.defaults(), files); // one Pith per partition: thread-safe, shared by its pages
    }

    private static Iterator<ArticleRow> pageRows(Iterator<Row> pages) {
        Pith pith = Pith.defaults();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return pages.hasNext();
            }

            @Override
            public ArticleRow next() {
                Row r = pages.next();
                String url = r.getString(0);
                String html = r.getString(1);
                if (html == null) {
                    return ArticleRow.skipped(url, null, null, "no html");
                }
                URI uri;
                try {
                    uri = url == null ? null : URI.create(url);
                } catch (IllegalArgumentException e) {
                    uri = null;
                }
                return ArticleRow.of(url, null, null, pith.clean(Page.html(html, uri)));
            }
        };
    }

    /** {@code --in PATH --out DIR}: cleans the archives at PATH and writes Parquet to DIR. */
    public static void main(String[] args) {
        String in = null;
        String out = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--in" -> in = args[i + 1];
                case "--out" -> out = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; usage: --in PATH --out DIR");
            }
        }
        if (in == null || out == null) {
            throw new IllegalArgumentException("usage: --in PATH --out DIR");
        }
        SparkSession spark = SparkSession.builder().appName("pith").getOrCreate();
        try {
            System.err.println("pith: " + run(spark, in, out));
        } finally {
            spark.stop();
        }
    }

    /**
     * Cleans the archives at {@code in} and writes Parquet to {@code out} (which must not exist yet).
     *
     * @return a one-line summary: records written and how many of them were skipped
     */
    public static String run(SparkSession spark, String in, String out) {
        Dataset<ArticleRow> rows = cleanArchives(spark, in).cache();
        rows.write().mode(SaveMode.ErrorIfExists).parquet(out);
        long skipped = rows.filter("skipReason is not null").count();
        return rows.count() + " records, " + skipped + " skipped (see skipReason); written to " + out;
    }
}
