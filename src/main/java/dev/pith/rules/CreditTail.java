package dev.pith.rules;

import dev.pith.lexicon.Lexicon;
import dev.pith.lexicon.Phrase;
import dev.pith.lexicon.PhraseKind;
import dev.pith.lexicon.PhraseMatcher;

import java.util.Optional;

/**
 * The short bracket that closes a caption with its credit: "Crowds in the square (Photo: AFP)",
 * "(ảnh: afp/ttxvn)". The caption rule uses it to recognise captions, the metadata reader to take
 * the credit out of them.
 *
 * @param inner the text inside the brackets, as written, trimmed
 * @param start where the opening bracket stands in the text; 0 when the whole text is the bracket
 */
public record CreditTail(String inner, int start) {

    /** A bracket longer than this is a parenthetical remark, not a credit. */
    static final int MAX_CHARS = 80;

    /** The bracket that ends {@code text}, if one within {@link #MAX_CHARS} characters does. */
    public static Optional<CreditTail> of(String text) {
        String t = text.strip();
        if (!t.endsWith(")") && !t.endsWith("\uff09")) {
            return Optional.empty();
        }
        int open = Math.max(t.lastIndexOf('('), t.lastIndexOf('\uff08')); // ASCII or full-width, as CJK text writes it
        if (open < 0 || t.length() - open > MAX_CHARS) {
            return Optional.empty();
        }
        return Optional.of(new CreditTail(t.substring(open + 1, t.length() - 1).strip(), open));
    }

    /** The credit or source word the bracket opens with, when it ends with a colon ("Photo:", "Source:"). */
    public Optional<Phrase> creditWord(Lexicon lexicon) {
        String norm = PhraseMatcher.normalize(inner);
        return lexicon.prefixOf(PhraseKind.CREDIT_PREFIX, norm)
                .or(() -> lexicon.prefixOf(PhraseKind.SOURCE_PREFIX, norm))
                .filter(p -> p.text().endsWith(":"));
    }
}
