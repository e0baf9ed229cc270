package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.lexicon.Phrase;
import dev.pith.lexicon.PhraseKind;
import dev.pith.lexicon.PhraseMatcher;

import java.util.Optional;

/**
 * The author's box under an article: a short paragraph that opens with a name and says what the
 * person does ("Jane Doe is a reporter for ...", "Regan is a Connecticut native who writes ...").
 * It belongs to the page's footer, and the article ends above it.
 *
 * <p>Stateless and thread-safe.
 */
public final class AuthorBioRule implements Rule {

    private static final int MAX_NAME_WORDS = 4;
    private static final int MAX_WORDS = 90;

    @Override
    public String name() {
        return "author-bio";
    }

    @Override
    public void apply(Document doc) {
        for (int i = 0; i < doc.size(); i++) {
            if (doc.isDecided(i) || doc.stats(i).words() > MAX_WORDS || !doc.stats(i).endsSentence()) {
                continue;
            }
            Optional<Phrase> verb = bioVerb(doc, i);
            if (verb.isPresent()) {
                doc.decide(i, Label.FOOTER, name(), "a name, then " + verb.get().quoted() + " and a job: the author's box");
            }
        }
    }

    /** The bio verb ("is a") that follows a name of one to four capitalised words, when the text names a job. */
    private static Optional<Phrase> bioVerb(Document doc, int i) {
        String text = doc.text(i);
        if (text.isEmpty() || !Character.isUpperCase(text.codePointAt(0))) {
            return Optional.empty(); // no capitalised first word, no name: spares the split
        }
        String[] words = text.split("\\s+", MAX_NAME_WORDS + 3);
        int name = 0;
        while (name < Math.min(words.length, MAX_NAME_WORDS) && !words[name].isEmpty()
                && Character.isUpperCase(words[name].codePointAt(0))) {
            name++;
        }
        if (name == 0 || name >= words.length) {
            return Optional.empty();
        }
        String rest = PhraseMatcher.normalize(String.join(" ", java.util.Arrays.copyOfRange(words, name, words.length)));
        Optional<Phrase> verb = doc.lexicon().prefixOf(PhraseKind.BIO_VERB, rest);
        if (verb.isEmpty()) {
            return Optional.empty();
        }
        boolean job = doc.lexicon().occurrences(PhraseKind.JOB_TITLE, doc.normalized(i)).size() > 0;
        return job ? verb : Optional.empty();
    }
}
