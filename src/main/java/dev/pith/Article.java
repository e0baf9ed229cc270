package dev.pith;

import java.time.temporal.Temporal;
import java.util.List;
import java.util.Objects;

/**
 * What Pith found in a page: the article's body paragraphs, its metadata, and every input block with
 * the label it got and why.
 *
 * <p>Immutable and thread-safe. Lists are never null (empty when nothing was found) and unmodifiable;
 * {@code language} is never null ({@code "und"} when unknown); the other strings and the dates are
 * null when the page does not say.
 *
 * @param title     the headline, without the site name or section; null when none was found
 * @param body      the article's paragraphs in page order, each exactly as in the input (trimmed)
 * @param language  the article's language as a BCP-47 tag, {@code "und"} when unknown
 * @param published the original publication date: a {@link java.time.LocalDate}, a
 *                  {@link java.time.LocalDateTime} or an {@link java.time.OffsetDateTime}, with the
 *                  precision the page gives; null when the page does not say
 * @param modified  the last-modified date, same types as {@code published}; null when not given
 * @param dateEvidence every date the page gives for the article, where it was found, and which was
 *                  chosen for {@code published} and {@code modified} and why
 * @param authors   the people credited as authors (never the outlet), in page order
 * @param publisher the organisation credited as the source: a news agency or the outlet; null if none
 * @param siteName  the name of the site the page was taken from; null if not found
 * @param section   the breadcrumb trail or section, from the top; empty if none
 * @param lead      the standfirst (summary paragraph), when the page has one apart from the body
 * @param captions  photo captions, kept apart from the body
 * @param credits   photo credits
 * @param blocks    every block of the input, in order, with its label and reason
 * @param warnings  what limited the result (input truncated, block limit reached); empty normally
 */
public record Article(
        String title,
        List<String> body,
        String language,
        Temporal published,
        Temporal modified,
        List<DateEvidence> dateEvidence,
        List<String> authors,
        String publisher,
        String siteName,
        List<String> section,
        String lead,
        List<String> captions,
        List<String> credits,
        List<Block> blocks,
        List<String> warnings) {

    public Article {
        body = List.copyOf(body);
        Objects.requireNonNull(language, "language");
        dateEvidence = List.copyOf(dateEvidence);
        authors = List.copyOf(authors);
        section = List.copyOf(section);
        captions = List.copyOf(captions);
        credits = List.copyOf(credits);
        blocks = List.copyOf(blocks);
        warnings = List.copyOf(warnings);
    }

    /** An article with nothing in it, for input that holds no text; {@code warning} says why. */
    public static Article empty(String warning) {
        return new Article(null, List.of(), DetectedLanguage.UND, null, null, List.of(), List.of(), null, null,
                List.of(), null, List.of(), List.of(), List.of(), warning == null ? List.of() : List.of(warning));
    }

    /** The body paragraphs joined by blank lines; empty when there is no body. */
    public String text() {
        return String.join("\n\n", body);
    }

    /** Whether Pith found no body text. */
    public boolean isEmpty() {
        return body.isEmpty();
    }
}
