package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numbered list right under a teaser heading ("Most read", "Related articles", then "1.", "2.", ...):
 * the site's ranking of its other stories. A text dump runs each story's headline and excerpt into one
 * long line, which reads like a paragraph; the heading and the numbering say what it is. A numbered list
 * in an article (a listicle's "1.") has no teaser heading above it, so it is left alone.
 *
 * <p>Runs after {@link FurniturePhraseRule}, which labels the heading. Stateless and thread-safe.
 */
public final class RankedListRule implements Rule {

    /** "1." or "1)" alone, or opening the item's text. */
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,2})[.)](?:\\s|$)");
    private static final int MAX_HEADING_WORDS = 4;
    private static final int MIN_ITEMS = 3;
    /** Blocks an item may take after its number: the number's own line and the headline with its excerpt. */
    private static final int MAX_ITEM_BLOCKS = 3;

    @Override
    public String name() {
        return "ranked-list";
    }

    @Override
    public void apply(Document doc) {
        for (int i = 0; i < doc.size(); i++) {
            if (doc.is(i, Label.TEASER) && doc.stats(i).words() <= MAX_HEADING_WORDS) {
                int end = rankedListEnd(doc, i + 1);
                for (int k = i + 1; k <= end; k++) {
                    if (!doc.isDecided(k)) {
                        doc.decide(k, Label.TEASER, name(), "in the numbered list under '" + doc.text(i) + "'");
                    }
                }
            }
        }
    }

    /** The last block of a list numbered from one that starts at {@code from}, or {@code from - 1} when there is none. */
    private static int rankedListEnd(Document doc, int from) {
        if (from >= doc.size() || number(doc, from) != 1) {
            return from - 1;
        }
        int items = 1;
        int at = from;
        while (true) {
            int next = -1;
            for (int k = at + 1; k < Math.min(doc.size(), at + 1 + MAX_ITEM_BLOCKS); k++) {
                if (number(doc, k) == items + 1) {
                    next = k;
                    break;
                }
            }
            if (next < 0) {
                break;
            }
            items++;
            at = next;
        }
        if (items < MIN_ITEMS) {
            return from - 1;
        }
        // The last item: its number's line, and the line after it when the number stands alone.
        boolean alone = doc.stats(at).words() <= 1 && at + 1 < doc.size();
        return alone ? at + 1 : at;
    }

    private static int number(Document doc, int i) {
        Matcher m = NUMBER.matcher(doc.text(i));
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
