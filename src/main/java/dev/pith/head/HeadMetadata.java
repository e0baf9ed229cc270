package dev.pith.head;

import java.time.temporal.Temporal;
import java.util.List;

/**
 * What an HTML page says about its article in machine-readable form: JSON-LD, OpenGraph and other
 * {@code meta} tags, {@code <time datetime>}, {@code <html lang>} and {@code <title>}. Every field is
 * null (or empty) when the page does not say; text dumps have {@link #NONE}.
 *
 * @param title     the headline the metadata gives (JSON-LD headline, og:title, twitter:title)
 * @param pageTitle the title element without the site's name, a weaker hint
 * @param siteName  og:site_name, or the JSON-LD publisher's name
 * @param published the publication date
 * @param modified  the last-modified date
 * @param authors   people named as authors
 * @param publisher the JSON-LD publisher's name
 * @param section   the article's section
 * @param language  the declared language (a BCP-47 tag) or null
 */
public record HeadMetadata(String title, String pageTitle, String siteName, Temporal published, Temporal modified, List<String> authors,
                           String publisher, List<String> section, String language) {

    /** No metadata. */
    public static final HeadMetadata NONE = new HeadMetadata(null, null, null, null, null, List.of(), null, List.of(), null);

    public HeadMetadata {
        authors = List.copyOf(authors);
        section = List.copyOf(section);
    }
}
