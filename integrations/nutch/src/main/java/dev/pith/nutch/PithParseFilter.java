package dev.pith.nutch;

import dev.pith.Article;
import dev.pith.Limits;
import dev.pith.Page;
import dev.pith.Pith;
import org.apache.hadoop.conf.Configuration;
import org.apache.nutch.metadata.Metadata;
import org.apache.nutch.parse.HTMLMetaTags;
import org.apache.nutch.parse.HtmlParseFilter;
import org.apache.nutch.parse.Parse;
import org.apache.nutch.parse.ParseResult;
import org.apache.nutch.parse.ParseText;
import org.apache.nutch.protocol.Content;
import org.w3c.dom.DocumentFragment;

import java.net.URI;

/**
 * Pith as Nutch's {@code HtmlParseFilter}: cleans the fetched page's raw bytes, writes the article's
 * metadata into the parse metadata under the {@code pith.*} keys of {@link MetadataKeys}, and
 * replaces the parse text with the article body (unless {@code pith.replace.text} is false).
 *
 * <p>Configuration (nutch-site.xml): {@code pith.replace.text} (default true) and
 * {@code pith.max.input.chars} (default {@link Limits#DEFAULT}'s). Bad content never throws out of the
 * filter: the page keeps Nutch's own parse and {@code pith.error} says why.
 *
 * <p>Nutch creates one instance per configuration and may call it from several fetcher threads; the
 * {@link Pith} it holds is immutable and thread-safe.
 */
public class PithParseFilter implements HtmlParseFilter {

    /** Whether the body replaces Nutch's parse text. */
    public static final String REPLACE_TEXT = "pith.replace.text";
    /** The most characters of a page Pith reads ({@link Limits#maxInputChars()}). */
    public static final String MAX_INPUT_CHARS = "pith.max.input.chars";

    private Configuration conf;
    private Pith pith = Pith.defaults();
    private boolean replaceText = true;

    @Override
    public ParseResult filter(Content content, ParseResult parseResult, HTMLMetaTags metaTags, DocumentFragment doc) {
        Parse parse = parseResult.get(content.getUrl());
        if (parse == null) {
            return parseResult;
        }
        Metadata meta = parse.getData().getParseMeta();
        try {
            Article article = pith.clean(Page.bytes(content.getContent(), content.getContentType(), uri(content.getUrl())));
            MetadataKeys.write(article, meta);
            if (replaceText && !article.isEmpty()) {
                parseResult.put(content.getUrl(), new ParseText(article.text()), parse.getData());
            }
        } catch (RuntimeException e) {
            // a crawl must go on: the page keeps Nutch's own text and says why Pith gave nothing
            meta.set(MetadataKeys.ERROR, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return parseResult;
    }

    private static URI uri(String url) {
        try {
            return url == null ? null : URI.create(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public void setConf(Configuration conf) {
        this.conf = conf;
        this.replaceText = conf.getBoolean(REPLACE_TEXT, true);
        Limits d = Limits.DEFAULT;
        int maxChars = conf.getInt(MAX_INPUT_CHARS, d.maxInputChars());
        this.pith = Pith.builder().limits(new Limits(maxChars, d.maxBlocks(), d.maxDepth(), d.maxBlockChars())).build();
    }

    @Override
    public Configuration getConf() {
        return conf;
    }
}
