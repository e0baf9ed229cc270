package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.lexicon.Phrase;
import dev.pith.lexicon.PhraseKind;
import dev.pith.meta.Credit;
import dev.pith.meta.CreditParser;

import java.util.Optional;

/**
 * An author line: a byline word ("By", "Theo", "记者") followed by names only. When the names are an
 * organisation ("Theo TTXVN", "By AP") the line credits a source, not an author.
 *
 * <p>Stateless and thread-safe.
 */
public final class BylineRule implements Rule {

    @Override
    public String name() {
        return "byline";
    }

    @Override
    public void apply(Document doc) {
        CreditParser parser = new CreditParser(doc.lexicon());
        for (int i = 0; i < doc.size(); i++) {
            if (doc.isDecided(i)) {
                continue;
            }
            Optional<Phrase> prefix = doc.lexicon().prefixOf(PhraseKind.BYLINE_PREFIX, doc.normalized(i));
            if (prefix.isEmpty()) {
                continue;
            }
            String rest = PrefixText.after(doc.text(i), prefix.get().text());
            Optional<Credit> credit = parser.parse(rest);
            if (credit.isEmpty()) {
                continue;
            }
            Credit c = credit.get();
            if (!c.people().isEmpty()) {
                doc.decide(i, Label.BYLINE, name(), prefix.get().quoted() + " then names " + c.people());
            } else {
                doc.decide(i, Label.SOURCE, name(), prefix.get().quoted() + " then organisation '" + c.organisation() + "'");
            }
        }
    }
}
