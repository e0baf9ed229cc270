package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.lexicon.Phrase;
import dev.pith.lexicon.PhraseKind;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The masthead strip: today's date with the weather or a link to the print edition ("Friday,
 * December 13, 2024 75° Today's Paper"). Its date is the day the page was fetched, not the article's.
 *
 * <p>Stateless and thread-safe.
 */
public final class MastheadRule implements Rule {

    /** The rule's name in a block's reason. */
    public static final String NAME = "masthead";

    private static final Pattern TEMPERATURE = Pattern.compile("(?<!\\d)-?\\d{1,3}\\s?°\\s?[CF]?(?![\\p{L}\\d])");
    private static final int MAX_WORDS = 15;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(Document doc) {
        for (int i = 0; i < doc.size(); i++) {
            if (doc.isDecided(i) || doc.stats(i).words() > MAX_WORDS || doc.stats(i).endsSentence()) {
                continue;
            }
            List<Phrase> hits = doc.occurrences(PhraseKind.MASTHEAD, i);
            // Every temperature has its degree sign: only a block with one is searched.
            boolean weather = doc.text(i).indexOf('°') >= 0 && TEMPERATURE.matcher(doc.text(i)).find();
            if (!hits.isEmpty() || (weather && !doc.dates(i).isEmpty())) {
                doc.decide(i, Label.MASTHEAD, name(), hits.isEmpty() ? "date with a temperature" : hits.get(0).quoted());
            }
        }
    }
}
