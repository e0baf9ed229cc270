package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.lexicon.Phrase;
import dev.pith.lexicon.PhraseKind;

import java.util.Optional;

/**
 * A short line naming the story's source ("Source: Yonhap", "来源:新华社", "Nguồn: VnExpress").
 *
 * <p>Stateless and thread-safe.
 */
public final class SourceRule implements Rule {

    private static final int MAX_NAME_WORDS = 6;

    @Override
    public String name() {
        return "source";
    }

    @Override
    public void apply(Document doc) {
        for (int i = 0; i < doc.size(); i++) {
            if (doc.isDecided(i) || doc.stats(i).endsSentence() && doc.stats(i).sentences() > 1) {
                continue;
            }
            Optional<Phrase> prefix = doc.lexicon().prefixOf(PhraseKind.SOURCE_PREFIX, doc.normalized(i));
            if (prefix.isEmpty()) {
                continue;
            }
            String name = PrefixText.after(doc.text(i), prefix.get().text());
            int words = name.isEmpty() ? 0 : name.split("\\s+").length;
            boolean capitalised = !name.isEmpty() && !Character.isLowerCase(name.codePointAt(0));
            if (words >= 1 && words <= MAX_NAME_WORDS && capitalised) {
                doc.decide(i, Label.SOURCE, name(), prefix.get().quoted() + " then '" + name + "'");
            }
        }
    }
}
