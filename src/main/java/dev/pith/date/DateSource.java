package dev.pith.date;

import dev.pith.DateEvidence.Kind;

/**
 * The places a page states its article's dates, in the order Pith trusts them for the same kind of
 * date. Machine-written head metadata describes this article and is unambiguous; the URL is fixed
 * when the article is first published; a machine-written {@code <time>} inside the article comes
 * before text, which may be a member's "joined" date on a forum; a date printed by the headline is
 * meant for readers; a date line further away, or the main image's upload path, are last resorts.
 */
public enum DateSource {
    /** {@code datePublished} of the page's JSON-LD article object. */
    JSON_LD_PUBLISHED(Kind.PUBLISHED, "JSON-LD datePublished"),
    /** An OpenGraph, Dublin Core or vendor {@code meta} tag naming the publication time. */
    META_PUBLISHED(Kind.PUBLISHED, "meta"),
    /** An element marked {@code itemprop=datePublished} or a {@code <time pubdate>}. */
    MARKED_PUBLISHED(Kind.PUBLISHED, "element marked datePublished"),
    /** {@code datePublished} of another JSON-LD object, such as the {@code WebPage} that holds the article. */
    JSON_LD_OTHER(Kind.PUBLISHED, "JSON-LD datePublished"),
    /** A full date in the URL's path, such as {@code /2024/01/16/}. */
    URL(Kind.PUBLISHED, "URL path"),
    /** The first {@code <time datetime>} inside an {@code article} element. */
    TIME_IN_ARTICLE(Kind.PUBLISHED, "first <time> in the article"),
    /** A date line or byline by the headline. */
    HEADER_TEXT(Kind.PUBLISHED, "text by the headline"),
    /** A relative time by the headline ("3 hours ago"), counted back from the time the caller says the page was fetched. */
    RELATIVE_TEXT(Kind.PUBLISHED, "relative time by the headline"),
    /** A line the rules took for a date line or byline, between the headline and the body but further from the headline. */
    DATELINE(Kind.PUBLISHED, "date line"),
    /**
     * A full date in the URL of the article's main image ({@code og:image}): the picture is uploaded
     * for the article, so its path dates it, but it may be older. The last resort.
     */
    IMAGE_URL(Kind.PUBLISHED, "URL path of og:image"),
    /** {@code dateModified} of the JSON-LD article object. */
    JSON_LD_MODIFIED(Kind.MODIFIED, "JSON-LD dateModified"),
    /** A {@code meta} tag or marked element naming the modification time. */
    META_MODIFIED(Kind.MODIFIED, "meta");

    private final Kind kind;
    private final String description;

    DateSource(Kind kind, String description) {
        this.kind = kind;
        this.description = description;
    }

    /** Which article date this source speaks for. */
    public Kind kind() {
        return kind;
    }

    /** A short human-readable name of the source. */
    public String description() {
        return description;
    }
}
