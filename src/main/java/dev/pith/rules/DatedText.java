package dev.pith.rules;

import dev.pith.date.DateMention;

import java.util.List;

/** The words of a block that are not part of a date it mentions.
 *
 * <p>Stateless and thread-safe.
 */
public final class DatedText {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private DatedText() {
    }

    /** {@code text} with the date mentions cut out. */
    public static String withoutDates(String text, List<DateMention> dates) {
        StringBuilder b = new StringBuilder(text.length());
        int at = 0;
        for (DateMention d : dates) {
            b.append(text, at, d.start()).append(' ');
            at = d.end();
        }
        return b.append(text.substring(at)).toString();
    }

    /** How many words {@code text} holds besides its date mentions ("Published", a name, "ET"). */
    public static int otherWords(String text, List<DateMention> dates) {
        return letterTokens(withoutDates(text, dates));
    }

    /** How many white-space separated tokens holding a letter {@code text} has. */
    static int letterTokens(String text) {
        int n = 0;
        for (String t : SPACES.split(text)) {
            if (t.codePoints().anyMatch(Character::isLetter)) {
                n++;
            }
        }
        return n;
    }
}
