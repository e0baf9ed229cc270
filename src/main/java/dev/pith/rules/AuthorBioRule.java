package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.lexicon.Phrase;
import dev.pith.lexicon.PhraseKind;
import dev.pith.lexicon.PhraseMatcher;

import java.util.Optional;

/**
 * The author's box under an article: a short paragraph that opens with a name and says what the
 * person does ("Jane Doe is a reporter for ...", "Regan is a Connecticut native who writes ..."), or
 * the box's heading, "About" and a name, right above a line that starts with that name ("Sobre Carlos
 * Nadalim" above "Carlos Nadalim"). It belongs to the page's footer, and the article ends above it.
 *
 * <p>Stateless and thread-safe.
 */
public final class AuthorBioRule implements Rule {

    private static final int MAX_NAME_WORDS = 4;
    private static final int MAX_WORDS = 90;
    /** A heading's name is a person's or a team's, not a sentence. */
    private static final int MAX_HEADING_NAME_WORDS = 5;
    /** How far below its heading the box's name line or bio starts. */
    private static final int HEADING_REACH = 2;

    @Override
    public String name() {
        return "author-bio";
    }

    @Override
    public void apply(Document doc) {
        for (int i = 0; i < doc.size(); i++) {
            if (doc.isDecided(i) || doc.stats(i).words() > MAX_WORDS) {
                continue;
            }
            if (!doc.stats(i).endsSentence()) {
                int named = namedBelowHeading(doc, i);
                if (named >= 0) {
                    labelBox(doc, i, named);
                }
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
        if (doc.occurrences(PhraseKind.JOB_TITLE, i).isEmpty()) {
            return Optional.empty(); // no job, no author's box: the cheaper test (the block's phrases are read once) goes first
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
        return doc.lexicon().prefixOf(PhraseKind.BIO_VERB, rest);
    }

    /**
     * Labels the author's box under heading {@code i}: the heading, the block {@code named} that starts
     * with its name, and, when that block is the name alone, the bio right under it if it names the
     * person too ("Carlos Nadalim", then "Pai de Francesco ..., Carlos Nadalim é ...").
     */
    private void labelBox(Document doc, int i, int named) {
        doc.decide(i, Label.FOOTER, name(), "heading of the author's box: block " + named + " starts with the name it gives");
        if (!doc.isDecided(named)) {
            doc.decide(named, Label.FOOTER, name(), "the author's box under heading " + i);
        }
        int bio = named + 1;
        String person = doc.normalized(named);
        if (doc.normalized(i).endsWith(" " + person) && bio < doc.size() && !doc.isDecided(bio)
                && doc.stats(bio).words() <= MAX_WORDS && doc.normalized(bio).contains(person)) {
            doc.decide(bio, Label.FOOTER, name(), "the author's bio under heading " + i + ": it names the person");
        }
    }

    /**
     * For a heading "About" and a name of capitalised words ("About Jane Doe", "Sobre Carlos Nadalim"),
     * the block within {@link #HEADING_REACH} below that is the same name (the box's name line) or starts
     * with it and reads as a bio (see {@link #bioVerb}); else -1. A line about a topic ("About the study")
     * names no one, and one that is a sentence is no heading.
     */
    private static int namedBelowHeading(Document doc, int i) {
        String norm = doc.normalized(i);
        Optional<Phrase> about = doc.lexicon().prefixOf(PhraseKind.ABOUT_PREFIX, norm);
        if (about.isEmpty() || norm.length() <= about.get().text().length() + 1) {
            return -1;
        }
        String text = doc.text(i).strip();
        String[] words = text.split("[\\s\\u00A0]+");
        int aboutWords = about.get().text().split(" ").length;
        int nameWords = words.length - aboutWords;
        if (nameWords < 1 || nameWords > MAX_HEADING_NAME_WORDS) {
            return -1;
        }
        for (int w = aboutWords; w < words.length; w++) {
            boolean particle = w > aboutWords && w < words.length - 1 && words[w].length() <= 3; // "Carlos da Silva"
            if (!Character.isUpperCase(words[w].codePointAt(0)) && !particle) {
                return -1;
            }
        }
        String name = norm.substring(about.get().text().length()).strip();
        for (int j = i + 1; j < Math.min(doc.size(), i + 1 + HEADING_REACH); j++) {
            String below = doc.normalized(j);
            // A section "About Paris" above "Paris will host the Games ..." is the article's: the block under
            // the heading must read as a bio itself (a name, a bio verb, a job).
            boolean bio = below.startsWith(name + " ") && bioVerb(doc, j).isPresent();
            if (below.equals(name) || bio) {
                return j;
            }
        }
        return -1;
    }
}
