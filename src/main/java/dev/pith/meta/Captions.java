package dev.pith.meta;

import dev.pith.lexicon.Lexicon;
import dev.pith.lexicon.Phrase;
import dev.pith.lexicon.PhraseKind;
import dev.pith.lexicon.PhraseMatcher;
import dev.pith.rules.PrefixText;

import java.util.Optional;

/** Reads the photo credit out of a caption's bracketed tail or a credit line. */
final class Captions {

    private static final int MAX_TAIL_CHARS = 80;

    private Captions() {
    }

    /** The credit in a caption's bracketed tail: "... (Ảnh: AFP/TTXVN)" gives "AFP/TTXVN". */
    static Optional<String> credit(Lexicon lexicon, String caption) {
        String t = caption.strip();
        if (!t.endsWith(")")) {
            return Optional.empty();
        }
        int open = t.lastIndexOf('(');
        if (open < 0 || t.length() - open > MAX_TAIL_CHARS) {
            return Optional.empty();
        }
        String inner = t.substring(open + 1, t.length() - 1).strip();
        String norm = PhraseMatcher.normalize(inner);
        Optional<Phrase> p = lexicon.prefixOf(PhraseKind.CREDIT_PREFIX, norm)
                .or(() -> lexicon.prefixOf(PhraseKind.SOURCE_PREFIX, norm))
                .filter(x -> x.text().endsWith(":"));
        return p.map(x -> PrefixText.after(inner, x.text())).filter(s -> !s.isEmpty());
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
