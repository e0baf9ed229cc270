package dev.pith.head;

import dev.pith.DateEvidence;
import dev.pith.date.DateClaim;

import java.time.temporal.Temporal;
import java.util.Comparator;
import java.util.List;

/**
 * What an HTML page says about its article in machine-readable form: JSON-LD, OpenGraph and other
 * {@code meta} tags, {@code <time datetime>}, {@code <html lang>} and {@code <title>}. Every field is
 * null (or empty) when the page does not say; text dumps have {@link #NONE}.
 *
 * @param title     the headline the metadata gives (JSON-LD headline, og:title, twitter:title)
 * @param pageTitle the title element without the site's name, a weaker hint
 * @param siteName  og:site_name, or the JSON-LD publisher's name
 * @param authors   people named as authors
 * @param publisher the JSON-LD publisher's name
 * @param section   the article's section
 * @param language  the declared language (a BCP-47 tag) or null
 * @param region    the country of the locale the page declares ({@code en-US} gives US), or null
 * @param dates     every publication and modification date the markup gives, in document order
 */
public record HeadMetadata(String title, String pageTitle, String siteName, List<String> authors,
                           String publisher, List<String> section, String language, String region,
                           List<DateClaim> dates) {

    /** No metadata. */
    public static final HeadMetadata NONE = new HeadMetadata(null, null, null, List.of(), null, List.of(), null, null, List.of());

    public HeadMetadata {
        authors = List.copyOf(authors);
        section = List.copyOf(section);
        dates = List.copyOf(dates);
    }

    /** The publication date of the most trusted source that gives one, or null. */
    public Temporal published() {
        return best(DateEvidence.Kind.PUBLISHED);
    }

    /** The modification date of the most trusted source that gives one, or null. */
    public Temporal modified() {
        return best(DateEvidence.Kind.MODIFIED);
    }

    private Temporal best(DateEvidence.Kind kind) {
        return dates.stream().filter(d -> d.source().kind() == kind)
                .min(Comparator.comparing(DateClaim::source)).map(DateClaim::value).orElse(null);
    }
}
