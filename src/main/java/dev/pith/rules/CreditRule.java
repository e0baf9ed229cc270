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
    private static final String[] SOURCE_MARKS = {"/", " via ", " | ", ", "};

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
            Optional<String> source = s.words() <= MAX_SOURCED_WORDS && !s.endsSentence() ? pictureSource(doc, norm) : Optional.empty();
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
     * The part after the last slash or " via ", when it is an agency ("AP") or made of credit words
     * only ("Getty Images"), and a name stands before it.
     */
    static Optional<String> pictureSource(Document doc, String norm) {
        int cut = -1;
        int width = 0;
        for (String mark : SOURCE_MARKS) {
            int at = norm.lastIndexOf(mark);
            if (at > cut) {
                cut = at;
                width = mark.length();
            }
        }
        if (cut <= 0 || norm.contains("://")) {
            return Optional.empty(); // nothing before it, or a web address
        }
        String source = norm.substring(cut + width).strip();
        if (source.isEmpty()) {
            return Optional.empty();
        }
        boolean agency = doc.lexicon().contains(PhraseKind.AGENCY, source);
        boolean library = Arrays.stream(source.split(" ")).allMatch(w -> doc.lexicon().contains(PhraseKind.CREDIT_WORD, w));
        return agency || library ? Optional.of(source) : Optional.empty();
    }
}
