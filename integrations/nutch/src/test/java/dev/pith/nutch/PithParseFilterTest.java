package dev.pith.nutch;

import dev.pith.Article;
import dev.pith.Page;
import dev.pith.Pith;
import org.apache.hadoop.conf.Configuration;
import org.apache.nutch.metadata.Metadata;
import org.apache.nutch.parse.Outlink;
import org.apache.nutch.parse.ParseData;
import org.apache.nutch.parse.ParseImpl;
import org.apache.nutch.parse.ParseResult;
import org.apache.nutch.parse.ParseStatus;
import org.apache.nutch.protocol.Content;
import org.apache.nutch.util.NutchConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the filter through Nutch's own types (configuration, fetched content, parse result and
 * metadata) on the library's sample pages and checks that what Nutch ends up with is what the
 * library gives directly.
 */
class PithParseFilterTest {

    private static final Path TESTDATA = Path.of("..", "..", "testdata");
    private static final String NUTCH_TEXT = "everything Nutch's HTML parser saw, menus included";

    private static PithParseFilter filter(Configuration conf) {
        PithParseFilter f = new PithParseFilter();
        f.setConf(conf);
        return f;
    }

    private static ParseResult run(PithParseFilter filter, String url, byte[] bytes, String type, Configuration conf) {
        Content content = new Content(url, url, bytes == null ? new byte[0] : bytes, type, new Metadata(), conf);
        if (bytes == null) {
            content.setContent(null); // a protocol plug-in that lost the body
        }
        ParseData data = new ParseData(ParseStatus.STATUS_SUCCESS, "t", new Outlink[0], new Metadata(), new Metadata());
        ParseResult result = ParseResult.createParseResult(url, new ParseImpl(NUTCH_TEXT, data));
        return filter.filter(content, result, null, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bench/dates/html/1487058344.html", "bench/dates/html/1625266707.html", "bench/dates/html/1750355638.html"})
    void nutchGetsTheLibrarysBodyAndMetadata(String page) throws IOException {
        Configuration conf = NutchConfiguration.create();
        byte[] bytes = Files.readAllBytes(TESTDATA.resolve(page));
        String url = "https://example.org/news/" + Path.of(page).getFileName();
        ParseResult r = run(filter(conf), url, bytes, "text/html", conf);
        Article direct = Pith.defaults().clean(Page.bytes(bytes, "text/html", URI.create(url)));
        assertTrue(!direct.isEmpty());
        assertEquals(direct.text(), r.get(url).getText());
        Metadata meta = r.get(url).getData().getParseMeta();
        assertEquals(direct.title(), meta.get(MetadataKeys.TITLE));
        assertEquals(direct.language(), meta.get(MetadataKeys.LANGUAGE));
        assertEquals(direct.published() == null ? null : direct.published().toString(), meta.get(MetadataKeys.PUBLISHED));
        assertArrayEquals(direct.authors().toArray(String[]::new), meta.getValues(MetadataKeys.AUTHORS));
        assertArrayEquals(direct.section().toArray(String[]::new), meta.getValues(MetadataKeys.SECTION));
        assertNull(meta.get(MetadataKeys.ERROR));
    }

    @Test
    void theMetadataIsWrittenEvenWhenTheTextIsKept() throws IOException {
        Configuration conf = NutchConfiguration.create();
        conf.setBoolean(PithParseFilter.REPLACE_TEXT, false);
        byte[] bytes = Files.readAllBytes(TESTDATA.resolve("bench/dates/html/1487058344.html"));
        ParseResult r = run(filter(conf), "https://example.org/a", bytes, "text/html", conf);
        assertEquals(NUTCH_TEXT, r.get("https://example.org/a").getText());
        assertNotNull(r.get("https://example.org/a").getData().getParseMeta().get(MetadataKeys.TITLE));
    }

    @Test
    void badContentNeverThrowsAndSaysWhy() {
        Configuration conf = NutchConfiguration.create();
        byte[] junk = new byte[4096];
        Arrays.fill(junk, (byte) 0);
        ParseResult r = run(filter(conf), "https://example.org/junk", junk, "text/html", conf);
        assertEquals(NUTCH_TEXT, r.get("https://example.org/junk").getText(), "an empty article leaves Nutch's text");
        assertTrue(r.get("https://example.org/junk").getData().getParseMeta().getValues(MetadataKeys.WARNINGS).length > 0);

        ParseResult broken = run(filter(conf), "https://example.org/none", null, "text/html", conf);
        assertEquals(NUTCH_TEXT, broken.get("https://example.org/none").getText());
        assertNotNull(broken.get("https://example.org/none").getData().getParseMeta().get(MetadataKeys.ERROR));
    }

    @Test
    void theLimitIsConfigurable() throws IOException {
        Configuration conf = NutchConfiguration.create();
        conf.setInt(PithParseFilter.MAX_INPUT_CHARS, 2_000);
        byte[] bytes = Files.readAllBytes(TESTDATA.resolve("bench/dates/html/1487058344.html"));
        ParseResult r = run(filter(conf), "https://example.org/a", bytes, "text/html", conf);
        String[] warnings = r.get("https://example.org/a").getData().getParseMeta().getValues(MetadataKeys.WARNINGS);
        assertTrue(warnings.length > 0, "a cut input is reported");
    }
}
