package dev.pith.classify;

import dev.pith.doc.Document;
import dev.pith.lexicon.Phrase;
import dev.pith.lexicon.PhraseKind;
import dev.pith.lexicon.PhraseMatcher;
import dev.pith.rules.CreditTail;

import java.util.Optional;

/**
 * The wire's closing credit under the article's last paragraph: "(Reporting by Will Dunham; Editing by
 * Tom Brown)", "(With inputs from agencies)". A news agency prints it as the story's last line and the
 * sites that republish the story keep it there, so it belongs to the article; in a text dump nothing
 * but its wording tells it from the teaser or footer line that could follow instead. The wording is
 * the lexicons' {@code closing-credit} phrases, opening a line wholly in one pair of brackets.
 *
 * <p>Stateless and thread-safe.
 */
final class ClosingCredit {

    /** A credit names a few people and desks; a longer bracketed text is a note or an aside. */
    private static final int MAX_WORDS = 40;

    private ClosingCredit() {
    }

    /** The closing-credit phrase block {@code i} opens with, if it is such a credit line. */
    static Optional<Phrase> of(Document doc, int i) {
        if (i < 0 || i >= doc.size() || doc.isDecided(i) || doc.stats(i).words() > MAX_WORDS) {
            return Optional.empty();
        }
        String text = doc.text(i).strip();
        if (!CreditTail.isOneBracket(text)) {
            return Optional.empty(); // an aside that closes mid-line is prose
        }
        return doc.lexicon().prefixOf(PhraseKind.CLOSING_CREDIT, PhraseMatcher.normalize(text.substring(1)));
    }
}
