package dev.pith.meta;

import dev.pith.lexicon.Lexicon;
import dev.pith.lexicon.Phrase;
import dev.pith.lexicon.PhraseKind;
import dev.pith.lexicon.PhraseMatcher;
import dev.pith.rules.CreditTail;
import dev.pith.rules.PrefixText;

import java.util.Optional;

/** Reads the photo credit out of a caption's tail or a credit line. */
final class Captions {

    private Captions() {
    }

    /**
     * The credit in a caption's bracketed tail or closing credit sentence: "... (Ảnh: AFP/TTXVN)"
     * gives "AFP/TTXVN", "... on Tuesday. Photo: Jane Doe" gives "Jane Doe".
     */
    static Optional<String> credit(Lexicon lexicon, String caption) {
        return CreditTail.find(caption, lexicon).flatMap(t -> t.creditWord(lexicon).map(w -> PrefixText.after(t.inner(), w.text())))
                .filter(s -> !s.isEmpty());
    }

    /** A credit line without its credit word: "Photo: Jane Doe/AP" gives "Jane Doe/AP". */
    static String creditText(Lexicon lexicon, String line) {
        Optional<Phrase> p = lexicon.prefixOf(PhraseKind.CREDIT_PREFIX, PhraseMatcher.normalize(line));
        if (p.isPresent()) {
            String rest = PrefixText.after(line, p.get().text());
            if (!rest.isEmpty()) {
                return rest;
            }
        }
        return line;
    }
}
