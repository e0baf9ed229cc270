package dev.pith.spark;

import dev.pith.Article;
import dev.pith.Page;
import dev.pith.Pith;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the job in Spark's local mode on archives written at test time, with jwarc, from the library's
 * own sample pages, and checks that every record comes out as the library alone cleans it.
 */
class PithSparkTest {

    private static final Path TESTDATA = Path.of("..", "..", "testdata");
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("pith-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static List<Path> htmlPages() throws IOException {
        try (Stream<Path> s = Files.list(TESTDATA.resolve("bench/scrapinghub/html"))) {
            return s.sorted().limit(3).toList();
        }
    }

    private static List<Path> textPages() throws IOException {
        try (Stream<Path> s = Files.list(TESTDATA.resolve("seeds"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(2).toList();
        }
    }

    private static URI url(Path p) {
        return URI.create("https://example.org/news/" + p.getFileName());
    }

    private static void writeArchives(Path dir) throws IOException {
        try (WarcWriter w = new WarcWriter(FileChannel.open(dir.resolve("pages.warc.gz"), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (Path p : htmlPages()) {
                HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"), Files.readAllBytes(p)).build();
                w.write(new WarcResponse.Builder(url(p)).date(Instant.parse("2024-01-16T10:00:00Z")).body(http).build());
            }
            HttpResponse jpeg = new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/jpeg"), new byte[] {(byte) 0xff, (byte) 0xd8}).build();
            w.write(new WarcResponse.Builder(URI.create("https://example.org/photo.jpg")).body(jpeg).build());
        }
        try (WarcWriter w = new WarcWriter(FileChannel.open(dir.resolve("pages.warc.wet"), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE))) {
            for (Path p : textPages()) {
                w.write(new WarcConversion.Builder().addHeader("WARC-Target-URI", url(p).toString())
                        .body(MediaType.PLAIN_TEXT, Files.readAllBytes(p)).build());
            }
        }
    }

    @Test
    void everyRecordOfWarcAndWetComesOutAsTheLibraryCleansIt(@TempDir Path dir) throws IOException {
        writeArchives(dir);
        List<ArticleRow> rows = PithSpark.cleanArchives(spark, dir.toString()).collectAsList();
        assertEquals(6, rows.size(), "3 HTML responses, 1 image, 2 text conversions");
        Map<String, ArticleRow> byUrl = rows.stream().collect(Collectors.toMap(ArticleRow::getUrl, r -> r));
        Pith pith = Pith.defaults();
        for (Path p : htmlPages()) {
            ArticleRow r = byUrl.get(url(p).toString());
            Article direct = pith.clean(Page.bytes(Files.readAllBytes(p), "text/html; charset=utf-8", url(p)));
            assertNull(r.getSkipReason());
            assertEquals(direct.body(), r.getBody(), p.toString());
            assertEquals(direct.title(), r.getTitle());
            assertFalse(r.getBody().isEmpty());
            assertEquals("2024-01-16T10:00:00Z", r.getWarcDate());
            assertTrue(r.getRecordId().startsWith("urn:uuid:"), r.getRecordId());
        }
        for (Path p : textPages()) {
            Article direct = pith.clean(Page.text(Files.readString(p, StandardCharsets.UTF_8), url(p)));
            assertEquals(direct.body(), byUrl.get(url(p).toString()).getBody(), p.toString());
        }
        assertEquals("not HTML: image/jpeg", byUrl.get("https://example.org/photo.jpg").getSkipReason());
    }

    @Test
    void theArticlesAreWrittenAsParquetWithOneColumnPerField(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        writeArchives(in);
        String out = dir.resolve("out").toString();
        assertTrue(PithSpark.run(spark, in.toString(), out).startsWith("6 records, 1 skipped"));
        Dataset<Row> back = spark.read().parquet(out);
        assertEquals(6, back.count());
        List<String> columns = List.of(back.columns());
        for (String c : List.of("url", "recordId", "warcDate", "skipReason", "title", "published", "authors", "body", "text", "language")) {
            assertTrue(columns.contains(c), c + " in " + columns);
        }
        assertEquals(DataTypes.createArrayType(DataTypes.StringType), back.schema().apply("body").dataType());
    }

    @Test
    void aDatasetOfHtmlStringsIsCleanedToo() throws IOException {
        StructType schema = new StructType().add("url", DataTypes.StringType).add("html", DataTypes.StringType);
        Path p = htmlPages().get(0);
        String html = Files.readString(p, StandardCharsets.UTF_8);
        Dataset<Row> pages = spark.createDataFrame(List.of(RowFactory.create(url(p).toString(), html), RowFactory.create("https://example.org/none", null)), schema);
        List<ArticleRow> rows = PithSpark.cleanPages(pages).collectAsList();
        assertEquals(2, rows.size());
        assertEquals(Pith.defaults().clean(Page.html(html, url(p))).body(), rows.get(0).getBody());
        assertEquals("no html", rows.get(1).getSkipReason());
    }
}
