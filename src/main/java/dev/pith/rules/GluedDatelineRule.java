package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Teasers a text dump glues into one line: a headline, then the teaser's own dateline in capitals,
 * then its excerpt ("Indian-origin man pleads guilty to fraud NEW YORK: An Indian-origin man...").
 * An article's paragraph opens with its dateline, it does not carry one after a headline-length
 * run of words without a full stop (a headline's own colon or decimal point aside: "Days are numbered:
 * cleric", "1.9 million"). One such line could be a quirk of a single paragraph; a page
 * with {@link #MIN_ON_PAGE} of them is showing a list of other stories.
 */
public final class GluedDatelineRule implements Rule {

    private static final Pattern GLUED = Pattern.compile(
            "^(?:[^.!?:]|\\d\\.\\d|:\\s(?!\\p{Lu}{2,}\\b)){20,160}?\\s(\\p{Lu}{2,}(?:[ -]\\p{Lu}{2,}){0,3}),?(?:\\s\\(\\p{Lu}{2,10}\\))?:\\s+\\S");
    private static final int MIN_ON_PAGE = 3;
    private static final int MAX_CHARS = 2_000;

    @Override
    public String name() {
        return "glued-dateline";
    }

    @Override
    public void apply(Document doc) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < doc.size(); i++) {
            String t = doc.text(i);
            if (!doc.isDecided(i) && t.length() <= MAX_CHARS && t.indexOf(':') >= 0 && GLUED.matcher(t).find()) {
                found.add(i);
            }
        }
        if (found.size() < MIN_ON_PAGE) {
            return;
        }
        for (int i : found) {
            doc.decide(i, Label.TEASER, name(), "one of " + found.size() + " lines that glue a headline to a teaser's dateline");
        }
    }
}
