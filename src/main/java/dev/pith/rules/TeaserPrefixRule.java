package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.lexicon.Phrase;
import dev.pith.lexicon.PhraseKind;

import java.util.Optional;

/**
 * A line that opens with a teaser heading and a colon (or a bar: "ALSO READ | ...", or with the
 * heading in brackets: "[Most read] ..."), then names another story ("Related: The 15
 * Weirdest Galaxies", "Read more: Tencent profit falls", "Читайте также: ..."): a link to another page
 * set between the article's paragraphs. The heading alone on its line is the {@code teaser} phrase
 * {@link FurniturePhraseRule} knows; here the story follows it on the same line.
 *
 * <p>Stateless and thread-safe.
 */
public final class TeaserPrefixRule implements Rule {

    /** A headline, not a paragraph that happens to open with "See also:". */
    private static final int MAX_WORDS = 25;

    @Override
    public String name() {
        return "teaser-prefix";
    }

    @Override
    public void apply(Document doc) {
        for (int i = 0; i < doc.size(); i++) {
            if (doc.isDecided(i) || doc.stats(i).words() > MAX_WORDS) {
                continue;
            }
            String norm = doc.normalized(i);
            Optional<Phrase> heading = doc.lexicon().prefixOf(PhraseKind.TEASER, norm)
                    .filter(p -> followedByMark(norm, p.text().length()))
                    .or(() -> bracketed(doc, norm));
            if (heading.isPresent()) {
                doc.decide(i, Label.TEASER, name(), "opens with " + heading.get().quoted() + " and a colon or bar");
            }
        }
    }

    /** "[Most read] Former senate president resigns": the whole bracketed opening is a teaser heading. */
    private static Optional<Phrase> bracketed(Document doc, String norm) {
        int close = norm.indexOf(']');
        if (!norm.startsWith("[") || close < 0 || norm.substring(close + 1).isBlank()) {
            return Optional.empty();
        }
        return doc.lexicon().whole(PhraseKind.TEASER, norm.substring(1, close).strip());
    }

    /** A colon or bar right after the heading (or after one space, as French sets a colon), then more text. */
    private static boolean followedByMark(String norm, int end) {
        int at = end < norm.length() && norm.charAt(end) == ' ' ? end + 1 : end;
        return at < norm.length() && (norm.charAt(at) == ':' || norm.charAt(at) == '|') && !norm.substring(at + 1).isBlank();
    }
}
