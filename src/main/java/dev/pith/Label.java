package dev.pith;

/**
 * What Pith decided a block of the input is. Every block of a page gets exactly one label.
 *
 * <p>Only {@link #BODY} blocks make up {@link Article#body()}; the others are either routed to a
 * metadata field ({@link #TITLE}, {@link #LEAD}, {@link #CAPTION}, {@link #CREDIT}, {@link #BYLINE},
 * {@link #DATELINE}, {@link #BREADCRUMB}, {@link #SECTION}, {@link #SITE_NAME}, {@link #SOURCE}) or
 * dropped as site furniture.
 */
public enum Label {
    /** A paragraph (or heading, list item, table row) of the article itself. */
    BODY,
    /** The headline. */
    TITLE,
    /** The standfirst: a summary paragraph between the headline and the body. */
    LEAD,
    /** A photo caption. */
    CAPTION,
    /** A photo credit ("Photo: X", "X / AFP"). */
    CREDIT,
    /** The author line ("By X and Y"). */
    BYLINE,
    /** The line that carries the article's date (and often its source). */
    DATELINE,
    /** The organisation credited as the source of the story ("Theo TTXVN", "Source: X"). */
    SOURCE,
    /** A breadcrumb trail ("Home &gt; News &gt; World"). */
    BREADCRUMB,
    /** A section kicker above the headline ("Top News"). */
    SECTION,
    /** The site's name or banner. */
    SITE_NAME,
    /** The masthead: the site's date of today, weather, "Today's Paper". Not the article's date. */
    MASTHEAD,
    /** Menus, link lists, page tools ("print", "share"). */
    NAVIGATION,
    /** Links to other articles ("Related Article", a headline with a timestamp, "... [more]"). */
    TEASER,
    /** Comment counts, prompts and comment threads. */
    COMMENTS,
    /** The article's footer: its tags, a share prompt, the author's bio. The article ends above it. */
    FOOTER,
    /** Subscription, newsletter and app prompts, shopping links, advertising. */
    PROMOTION,
    /** Legal and policy text: terms of service, comment policy, cookie notices, copyright lines. */
    POLICY,
    /** A block in another language than the article's, outside the article. */
    FOREIGN,
    /** An image, video or embed left as a placeholder ("[photo.jpg]" in a text dump, an empty figure). */
    MEDIA,
    /** A repetition of a block that appeared earlier on the page. */
    DUPLICATE,
    /** Anything else that lies outside the article's main content. */
    BOILERPLATE;

    /** Whether blocks with this label are part of {@link Article#body()}. */
    public boolean isBody() {
        return this == BODY;
    }
}
