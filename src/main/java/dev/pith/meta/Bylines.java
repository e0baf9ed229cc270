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

    /**
     * The people among the head's author values, which publishing systems fill as loosely as a printed
     * byline ("By TOM KRISHER, AP Auto Writer", "Jane Park and Tom Reyes"): each is read like a byline,
     * so job titles, e-mail addresses and the outlet drop out. A value that does not read as names
     * (a single word, a nickname) is kept as written, since the head names it as the author.
     */
    static List<String> headPeople(Lexicon lexicon, CreditParser parser, List<String> values) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (String v : values) {
            Optional<Credit> c = credit(lexicon, parser, v).or(() -> parser.parse(v));
            if (c.isEmpty()) {
                out.add(v.strip());
            } else {
                out.addAll(c.get().people());
            }
        }
        return List.copyOf(out);
    }

    /** What a line that opens with a byline word credits, if it reads as names only. */
    static Optional<Credit> credit(Lexicon lexicon, CreditParser parser, String text) {
        Optional<Phrase> prefix = lexicon.prefixOf(PhraseKind.BYLINE_PREFIX, PhraseMatcher.normalize(text));
        return prefix.flatMap(p -> parser.parse(PrefixText.after(text, p.text())));
    }
}
