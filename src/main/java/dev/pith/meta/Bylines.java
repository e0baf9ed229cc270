package dev.pith.meta;

import dev.pith.lexicon.Lexicon;
import dev.pith.lexicon.Phrase;
import dev.pith.lexicon.PhraseKind;
import dev.pith.lexicon.PhraseMatcher;
import dev.pith.rules.PrefixText;

import java.util.List;
import java.util.Optional;

/** Reads the names on a byline ("BY MICHAEL LEE [email]" gives "Michael Lee"). */
final class Bylines {

    private Bylines() {
    }

    /** The people a byline names, in order; empty when it names none. */
    static List<String> people(Lexicon lexicon, CreditParser parser, String text) {
        return credit(lexicon, parser, text).map(Credit::people).orElse(List.of());
    }

    /** What a line that opens with a byline word credits, if it reads as names only. */
    static Optional<Credit> credit(Lexicon lexicon, CreditParser parser, String text) {
        Optional<Phrase> prefix = lexicon.prefixOf(PhraseKind.BYLINE_PREFIX, PhraseMatcher.normalize(text));
        return prefix.flatMap(p -> parser.parse(PrefixText.after(text, p.text())));
    }
}
