package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A row of cards a text dump put on one line: a picture's placeholder, a headline, the next picture,
 * the next headline ("[2811612] Cristiano was raging... [2811805] Is the league split bigger than
 * first thought?... [2811690] ..."). Each piece of text between two pictures is a headline's length,
 * and the line opens with a picture, as a grid of teasers does; a paragraph with reference marks
 * ("[1]") opens with words.
 *
 * <p>Stateless and thread-safe.
 */
public final class CardRowRule implements Rule {

    /** A text browser's mark for an image: its name or alt text in brackets, longer than a footnote mark. */
    private static final Pattern PICTURE = Pattern.compile("\\[[^\\[\\]]{4,80}\\]");
    private static final int MIN_CARDS = 3;
    /** The most words of one card's text: a headline, maybe with its excerpt's first words. */
    private static final int MAX_CARD_WORDS = 25;
    /** Rows longer than this are not looked at: a row of cards is a few lines' worth of text. */
    private static final int MAX_CHARS = 4000;

    @Override
    public String name() {
        return "card-row";
    }

    @Override
    public void apply(Document doc) {
        for (int i = 0; i < doc.size(); i++) {
            String t = doc.text(i);
            if (doc.isDecided(i) || t.length() > MAX_CHARS || !t.startsWith("[")) {
                continue;
            }
            int cards = cards(t);
            if (cards >= MIN_CARDS) {
                doc.decide(i, Label.TEASER, name(), cards + " pictures, each with a headline, on one line");
            }
        }
    }

    /** How many picture-and-headline cards {@code text} is made of, or 0 when it is not such a row. */
    static int cards(String text) {
        Matcher m = PICTURE.matcher(text);
        int cards = 0;
        int end = 0;
        while (m.find()) {
            if (cards == 0 ? m.start() != 0 : !isHeadline(text.substring(end, m.start()))) {
                return 0;
            }
            cards++;
            end = m.end();
        }
        return cards > 0 && isHeadline(text.substring(end)) ? cards : 0;
    }

    private static boolean isHeadline(String piece) {
        String s = piece.strip();
        return !s.isEmpty() && s.split("\\s+").length <= MAX_CARD_WORDS;
    }
}
