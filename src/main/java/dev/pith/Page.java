package dev.pith;

import dev.pith.input.Decoder;
import dev.pith.input.FormatSniffer;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One scraped page, the input of {@link Pith#clean(Page)}: either HTML or a plain-text dump (a browser's
 * text export, a Common Crawl WET record).
 *
 * <p>Immutable and thread-safe. The content is never null; the URL is optional and, when given, helps
 * metadata (dates in the path, the site). Bytes are decoded at construction: the charset comes from the
 * byte-order mark, then the Content-Type header, then a {@code <meta charset>} tag, then ICU's
 * statistical detector; malformed sequences become U+FFFD rather than an exception.
 */
public final class Page {

    /** Whether a page is HTML or text. */
    public enum Format {
        /** Markup: parsed into a DOM and segmented by its block elements. */
        HTML,
        /** A plain-text dump: segmented by lines, blank lines, bullets and indentation. */
        TEXT
    }

    private final String content;
    private final Format format;
    private final URI url;
    private final Charset charset;
    private final OffsetDateTime referenceTime;

    private Page(String content, Format format, URI url, Charset charset) {
        this(content, format, url, charset, null);
    }

    private Page(String content, Format format, URI url, Charset charset, OffsetDateTime referenceTime) {
        this.content = Objects.requireNonNull(content, "content");
        this.format = Objects.requireNonNull(format, "format");
        this.url = url;
        this.charset = charset;
        this.referenceTime = referenceTime;
    }

    /** A plain-text dump. */
    public static Page text(String text) {
        return new Page(text, Format.TEXT, null, null);
    }

    /** A plain-text dump whose URL is known ({@code url} may be null). */
    public static Page text(String text, URI url) {
        return new Page(text, Format.TEXT, url, null);
    }

    /** An HTML page; {@code url} may be null. */
    public static Page html(String html, URI url) {
        return new Page(html, Format.HTML, url, null);
    }

    /** A page whose format (HTML or text) is detected from its content; {@code url} may be null. */
    public static Page of(String content, URI url) {
        return new Page(content, FormatSniffer.sniff(content), url, null);
    }

    /**
     * A page as fetched: raw bytes, with the HTTP Content-Type header when known.
     *
     * @param bytes       the body as received, never null
     * @param contentType the Content-Type header value, or null; its media type decides the format when
     *                    it says HTML or plain text, else the content is sniffed
     * @param url         the page's URL, or null
     */
    public static Page bytes(byte[] bytes, String contentType, URI url) {
        Objects.requireNonNull(bytes, "bytes");
        Decoder.Decoded decoded = Decoder.decode(bytes, contentType);
        Format format = FormatSniffer.fromContentType(contentType)
                .orElseGet(() -> FormatSniffer.sniff(decoded.text()));
        return new Page(decoded.text(), format, url, decoded.charset());
    }

    /** The decoded content, never null. */
    public String content() {
        return content;
    }

    /** Whether the content is HTML or text, never null. */
    public Format format() {
        return format;
    }

    /** The page's URL, if known. */
    public Optional<URI> url() {
        return Optional.ofNullable(url);
    }

    /** The charset the bytes were decoded with; empty when the page was built from a string. */
    public Optional<Charset> charset() {
        return Optional.ofNullable(charset);
    }

    /** This page with another URL ({@code url} may be null). */
    public Page withUrl(URI url) {
        return new Page(content, format, url, charset, referenceTime);
    }

    /**
     * The time the page was fetched, which relative dates by the headline ("3 hours ago", "hace 2
     * días", "昨天") are counted back from; without it they are never read.
     */
    public Optional<OffsetDateTime> referenceTime() {
        return Optional.ofNullable(referenceTime);
    }

    /** This page with the time it was fetched ({@code time} may be null: relative dates are then not read). */
    public Page withReferenceTime(OffsetDateTime time) {
        return new Page(content, format, url, charset, time);
    }

    @Override
    public String toString() {
        return "Page[" + format + ", " + content.length() + " chars" + (url == null ? "" : ", " + url) + "]";
    }
}
