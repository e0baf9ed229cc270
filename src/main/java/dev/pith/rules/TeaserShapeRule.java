package dev.pith.rules;

import dev.pith.Label;
import dev.pith.date.DateMention;
import dev.pith.doc.Document;
import dev.pith.text.TextStats;

import java.util.List;

/**
 * The shape of a link to another article: a headline with a timestamp ("NK threat could change ... 2024-01-19
 * 08:11 | North Korea"), or a headline written twice in one line (a link's title and its text run
 * together). A sentence that mentions a date is not a teaser: it ends like a sentence.
 *
 * <p>Stateless and thread-safe.
 */
public final class TeaserShapeRule implements Rule {

    private static final int MIN_HEADLINE_WORDS = 6;
    /** A headline, its date and an excerpt's first words; a longer block with a date inside is a paragraph a dump cut mid-sentence. */
    private static final int MAX_HEADLINE_WORDS = 40;
    private static final int MIN_REPEAT_CHARS = 12;
    private static final int MAX_CHECKED_CHARS = 600;

    @Override
    public String name() {
        return "teaser-shape";
    }

    @Override
    public void apply(Document doc) {
        for (int i = 0; i < doc.size(); i++) {
            TextStats s = doc.stats(i);
            if (doc.isDecided(i) || s.endsSentence()) {
                continue;
            }
            List<DateMention> dates = doc.dates(i);
            if (!dates.isEmpty() && (s.words() <= MAX_HEADLINE_WORDS || isStamped(doc.text(i), dates))
                    && DatedText.otherWords(doc.text(i), dates) >= MIN_HEADLINE_WORDS) {
                doc.decide(i, Label.TEASER, name(), "headline with a timestamp");
            } else if (opensWithRepeat(doc.normalized(i))) {
                doc.decide(i, Label.TEASER, name(), "headline written twice");
            }
        }
    }

    /**
     * Whether the text closes with one of its dates: a card's timestamp, which a card with a long
     * excerpt still has ("... Klarar sig familjen? 9.4.2020 - 00.00"). A date inside a long block is
     * the paragraph's own ("was beaten on 11 February 2019, when ..."), and so is one that opens it
     * ("On March 5, 2020, the council ...").
     */
    private static boolean isStamped(String text, List<DateMention> dates) {
        return text.stripTrailing().length() - dates.get(dates.size() - 1).end() <= STAMP_SLACK;
    }

    /** Characters allowed between a stamp and the block's end: a separator and a clock time. */
    private static final int STAMP_SLACK = 12;

    /** Whether the text opens with a run that is repeated right after it ("A b c A b c ..."). */
    static boolean opensWithRepeat(String norm) {
        int n = norm.length();
        if (n > MAX_CHECKED_CHARS) {
            return false; // teasers are short; this keeps the check linear on huge blocks
        }
        for (int len = MIN_REPEAT_CHARS; len * 2 <= n; len++) {
            if (norm.charAt(len) != ' ') {
                continue;
            }
            if (norm.startsWith(norm.substring(0, len), len + 1)) {
                return true;
            }
        }
        return false;
    }
}
