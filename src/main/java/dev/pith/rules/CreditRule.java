package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.lexicon.Phrase;
import dev.pith.lexicon.PhraseKind;
import dev.pith.text.TextStats;

import java.util.Optional;

/**
 * A photo credit: a line that opens with a credit word ("Photo:", "Ảnh:", "图片来源:"), or a short line
 * in capitals that holds one ("JOHN DOE, KREMLIN POOL PHOTO VIA AP").
 *
 * <p>Stateless and thread-safe.
 */
public final class CreditRule implements Rule {

    private static final int MAX_WORDS = 16;

    @Override
    public String name() {
        return "credit";
    }

    @Override
    public void apply(Document doc) {
        for (int i = 0; i < doc.size(); i++) {
            TextStats s = doc.stats(i);
            if (doc.isDecided(i) || s.words() > MAX_WORDS || s.sentences() > 1) {
                continue;
            }
            String norm = doc.normalized(i);
            Optional<Phrase> prefix = doc.lexicon().prefixOf(PhraseKind.CREDIT_PREFIX, norm);
            if (prefix.isPresent()) {
                doc.decide(i, Label.CREDIT, name(), "opens with " + prefix.get().quoted());
                continue;
            }
            if (s.isShouting() && !s.endsSentence()) {
                for (String word : norm.split("[\\s,;/]+")) {
                    if (doc.lexicon().contains(PhraseKind.CREDIT_WORD, word)) {
                        doc.decide(i, Label.CREDIT, name(), "capitals with credit word '" + word + "'");
                        break;
                    }
                }
            }
        }
    }
}
