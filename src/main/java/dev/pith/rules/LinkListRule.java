package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * A line of short items joined by a separator ("Education - Urdu News - Car Prices - Breaking News",
 * "About us | Contact | Careers | Advertise"): a row of links a text dump put on one line. It can be
 * long enough to pass for a paragraph, but no item in it is a sentence.
 *
 * <p>Stateless and thread-safe.
 */
public final class LinkListRule implements Rule {

    /** Separators between links, with the spaces around them; a hyphen inside a word never splits. */
    private static final List<String> SEPARATORS = List.of(" | ", " - ", " – ", " — ", " · ", " • ", " :: ");
    private static final int MIN_ITEMS = 4;
    /** The longest item of a link row, in characters: a menu entry or a short headline, not a sentence. */
    private static final int MAX_ITEM_CHARS = 45;

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
            String text = doc.text(i);
            String separator = mostUsed(text);
            if (separator == null) {
                continue;
            }
            List<String> items = split(text, separator);
            if (items.size() >= MIN_ITEMS && items.stream().allMatch(LinkListRule::isLinkText)) {
                doc.decide(i, Label.NAVIGATION, name(), items.size() + " short items joined by '" + separator.strip() + "'");
            }
        }
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

    /** Short, holds a letter or digit, and does not end like a sentence. */
    private static boolean isLinkText(String item) {
        if (item.isEmpty() || item.length() > MAX_ITEM_CHARS) {
            return false;
        }
        char last = item.charAt(item.length() - 1);
        return last != '.' && last != '!' && last != '?' && last != '。' && item.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
