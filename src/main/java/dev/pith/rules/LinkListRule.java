package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.text.TextStats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A line of short items joined by a separator ("Education - Urdu News - Car Prices - Breaking News",
 * "About us | Contact | Careers | Advertise"): a row of links a text dump put on one line; when the
 * items are headlines joined by bars or dots, a ticker of other stories. It can be
 * long enough to pass for a paragraph, but no item in it is a sentence. Where the links were written
 * with no separator at all, their texts run together ("Sports NewsBusiness NewsIndia News"): a word
 * that turns from lower case to upper case mid-word is the join, and a line with many joins is a row of
 * links whatever its length (brand names such as "MacBook" repeat one join, they do not make many).
 * And a menu dumped with plain spaces ("Rankings and Research Companies Channelcast Marketing Matters
 * Events Jobs ...") is a long line of capitalised terms with neither a sentence end nor commas; a
 * paragraph that long always has one or the other, and a list of credits has its commas.
 *
 * <p>Stateless and thread-safe.
 */
public final class LinkListRule implements Rule {

    /** Separators between links, with the spaces around them; a hyphen inside a word never splits. */
    private static final List<String> SEPARATORS = List.of(" | ", " - ", " – ", " — ", " · ", " • ", " :: ");
    private static final int MIN_ITEMS = 4;
    /** The longest item of a link row, in characters: a menu entry or a short headline, not a sentence. */
    private static final int MAX_ITEM_CHARS = 45;
    /**
     * The longest item of a row of headlines (a news ticker: "Minister resigns | Floods in the north |
     * ..."), in characters. Prose sets a dash between clauses, so dashes never join headlines; the bar,
     * the dots and "::" do.
     */
    private static final int MAX_HEADLINE_CHARS = 120;
    /** The separators that are dashes, which prose also sets between clauses. */
    private static final Set<String> DASHES = Set.of(" - ", " – ", " — ");
    /** A headline has a few words; "Home | World | a long line | Sport" is a menu with something else in it. */
    private static final int MIN_HEADLINE_WORDS = 3;
    /** A line of capitalised terms: at least this many words, this share capitalised, few commas. */
    private static final int MIN_TERM_ROW_WORDS = 25;
    private static final double MIN_TERM_CAPITALS = 0.7;
    private static final int WORDS_PER_COMMA = 10;

    /** Link texts run together make a row: joins, and joins per word of the line. */
    private static final int MIN_JOINS = 3;
    private static final double MIN_JOINS_PER_WORD = 0.2;

    @Override
    public String name() {
        return "link-list";
    }

    @Override
    public void apply(Document doc) {
        for (int i = 0; i < doc.size(); i++) {
            if (doc.isDecided(i)) {
                continue;
            }
            // Sites often set no-break spaces around a separator ("News\u00a0|\u00a0Sport").
            String text = doc.text(i).replace('\u00a0', ' ');
            int joins = joins(text);
            // A row of links does not end like a sentence; a review naming three products might.
            if (joins >= MIN_JOINS && joins >= MIN_JOINS_PER_WORD * doc.stats(i).words() && !doc.stats(i).endsSentence()) {
                doc.decide(i, Label.NAVIGATION, name(), "link texts run together (" + joins + " joins)");
                continue;
            }
            if (isTermRow(text, doc.stats(i))) {
                doc.decide(i, Label.NAVIGATION, name(), doc.stats(i).words() + " capitalised terms and no sentence");
                continue;
            }
            String separator = mostUsed(text);
            if (separator == null) {
                continue;
            }
            List<String> items = split(text, separator);
            if (items.size() >= MIN_ITEMS && items.stream().allMatch(item -> isLinkText(item, MAX_ITEM_CHARS))) {
                doc.decide(i, Label.NAVIGATION, name(), items.size() + " short items joined by '" + separator.strip() + "'");
            } else if (items.size() >= MIN_ITEMS && !DASHES.contains(separator)
                    && items.stream().allMatch(item -> isLinkText(item, MAX_HEADLINE_CHARS) && item.split(" ").length >= MIN_HEADLINE_WORDS)) {
                doc.decide(i, Label.TEASER, name(), items.size() + " headlines joined by '" + separator.strip() + "'");
            }
        }
    }

    private static boolean isTermRow(String text, TextStats s) {
        if (s.words() < MIN_TERM_ROW_WORDS || s.endsSentence() || s.capitalShare() < MIN_TERM_CAPITALS) {
            return false;
        }
        long commas = text.chars().filter(c -> c == ',' || c == '،' || c == '、').count();
        return commas * WORDS_PER_COMMA <= s.words();
    }

    /** The separator used most often in {@code text}, if it is used at least {@code MIN_ITEMS - 1} times. */
    private static String mostUsed(String text) {
        String best = null;
        int most = MIN_ITEMS - 2;
        for (String s : SEPARATORS) {
            int n = count(text, s);
            if (n > most) {
                most = n;
                best = s;
            }
        }
        return best;
    }

    private static int count(String text, String s) {
        int n = 0;
        for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + s.length())) {
            n++;
        }
        return n;
    }

    private static List<String> split(String text, String separator) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, from)) {
            out.add(text.substring(from, at).strip());
            from = at + separator.length();
        }
        out.add(text.substring(from).strip());
        return out;
    }

    /**
     * How many joins of two words {@code text} holds, each distinct word counted once: two lower-case
     * letters, then an upper-case and a lower-case one ("NewsBusiness"). Case exists in Latin, Cyrillic,
     * Greek and Armenian; a line in a script without it never has a join. A line with fewer than
     * {@code MIN_JOINS} joins in all, repeats included, counts 0: it cannot be a row.
     */
    static int joins(String text) {
        if (joinsIn(text, 0, text.length()) < MIN_JOINS) {
            return 0; // nearly every block: no word is looked at twice
        }
        Set<String> seen = new HashSet<>();
        int joins = 0;
        int start = 0;
        for (int k = 0, n = text.length(); k <= n; k++) {
            if (k == n || Character.isWhitespace(text.charAt(k))) {
                if (k > start && seen.add(letters(text.substring(start, k)))) {
                    joins += joinsIn(text, start, k);
                }
                start = k + 1;
            }
        }
        return joins;
    }

    /** The word without the punctuation around it: "MacBook," is the word "MacBook" again. */
    private static String letters(String word) {
        int from = 0;
        int to = word.length();
        while (from < to && !Character.isLetterOrDigit(word.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(word.charAt(to - 1))) {
            to--;
        }
        return word.substring(from, to);
    }

    private static int joinsIn(String text, int from, int to) {
        int n = 0;
        for (int k = from + 2; k + 1 < to; k++) {
            if (Character.isUpperCase(text.charAt(k)) && Character.isLowerCase(text.charAt(k + 1))
                    && Character.isLowerCase(text.charAt(k - 1)) && Character.isLowerCase(text.charAt(k - 2))) {
                n++;
            }
        }
        return n;
    }

    /** Short, holds a letter or digit, and does not end like a sentence. */
    private static boolean isLinkText(String item, int maxChars) {
        if (item.isEmpty() || item.length() > maxChars) {
            return false;
        }
        char last = item.charAt(item.length() - 1);
        return last != '.' && last != '!' && last != '?' && last != '。' && item.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
