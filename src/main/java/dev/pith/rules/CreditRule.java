package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.lexicon.Phrase;
import dev.pith.lexicon.PhraseKind;
import dev.pith.text.TextStats;

import java.util.Arrays;
import java.util.Optional;

/**
 * A photo credit: a line that opens with a credit word ("Photo:", "Ảnh:", "图片来源:"), or a short line
 * in capitals that holds one ("JOHN DOE, KREMLIN POOL PHOTO VIA AP"), or a short line that names a
 * photographer and then, after a slash or "via", an agency or picture library ("Evan Vucci / AP",
 * "Sanjeev Verma/Hindustan Times/Getty Images"): a text dump prints the credit on a line of its own.
 *
 * <p>Stateless and thread-safe.
 */
public final class CreditRule implements Rule {

    private static final int MAX_WORDS = 16;
    private static final int MAX_SOURCED_WORDS = 10;
    /** What stands between a photographer's name and the agency: "Evan Vucci / AP", "Alex Wong | Getty Images", "Michael Conroy, AP". */
    static final String[] SOURCE_MARKS = {"/", " via ", " | ", ", "};
    /** The marks inside a caption's closing bracket ("(Manu Fernandez/AP)"); "(AFP, Reuters)" closes a story. */
    static final String[] BRACKET_MARKS = {"/", " via "};
    /** Marks that end headlines and sentences too: a name must stand before them. */
    private static final java.util.Set<String> NAME_MARKS = java.util.Set.of(" | ", ", ");
    /** A photographer's name, or two with their agencies between bars. */
    private static final int MAX_NAME_WORDS = 6;

    @Override
    public String name() {
        return "credit";
    }

    @Override
    public void apply(Document doc) {
        for (int i = 0; i < doc.size(); i++) {
            TextStats s = doc.stats(i);
            if (doc.isDecided(i) || s.words() > MAX_WORDS) {
                continue;
            }
            String norm = doc.normalized(i);
            // An initial ("Rogelio V. Solis/AP") reads as a sentence end, so this shape does not ask for one sentence.
            Optional<String> source = s.words() <= MAX_SOURCED_WORDS && !s.endsSentence() ? pictureSource(doc, norm, doc.text(i), SOURCE_MARKS) : Optional.empty();
            if (source.isPresent()) {
                doc.decide(i, Label.CREDIT, name(), "a name and then the picture's source '" + source.get() + "'");
                continue;
            }
            if (s.sentences() > 1) {
                continue;
            }
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

    /**
     * The part after the last mark ("/", " via ", " | ", ", "), when it is an agency ("AP") or made of
     * credit words only ("Getty Images"), and a name stands before it. A bar or a comma also ends a
     * headline ("Israel strikes Gaza | Reuters") or a sentence, so before those the text ({@code text},
     * as written) must be a name: capitalised words only ("Alex Wong | Getty Images", "Michael Conroy, AP").
     *
     * @param norm  the block or bracket, normalised
     * @param text  the same as written, for the capitals
     * @param marks which marks may separate the name and the source
     */
    static Optional<String> pictureSource(Document doc, String norm, String text, String[] marks) {
        int cut = -1;
        String mark = null;
        for (String m : marks) {
            int at = norm.lastIndexOf(m);
            if (at > cut) {
                cut = at;
                mark = m;
            }
        }
        if (cut <= 0 || norm.contains("://")) {
            return Optional.empty(); // nothing before it, or a web address
        }
        String source = norm.substring(cut + mark.length()).strip();
        if (source.isEmpty() || NAME_MARKS.contains(mark) && !isName(text, mark)) {
            return Optional.empty();
        }
        boolean agency = doc.lexicon().contains(PhraseKind.AGENCY, source);
        boolean library = Arrays.stream(source.split(" ")).allMatch(w -> doc.lexicon().contains(PhraseKind.CREDIT_WORD, w));
        return agency || library ? Optional.of(source) : Optional.empty();
    }

    /** Whether what {@code text} holds before its last {@code mark} is made of capitalised words (bars between them aside). */
    private static boolean isName(String text, String mark) {
        int at = text.lastIndexOf(mark.strip());
        if (at <= 0) {
            return false;
        }
        String[] words = text.substring(0, at).replace("|", " ").strip().split("[\\s\\u00A0]+");
        return words.length <= MAX_NAME_WORDS && Arrays.stream(words).allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)));
    }
}
