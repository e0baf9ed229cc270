package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;

import java.util.regex.Pattern;

/**
 * A site's copyright line, in any language: a short block with a copyright sign and a year ("© 2020
 * Newsweek", "© Cork's 96FM 2020. Powered by Aiir.", "Copyright (C) 1997-2020 TVN S.A."). The year
 * keeps a photo's credit ("© Reuters", "© Regan") out, which names an owner but dates nothing. Lines
 * the lexicons know ("All rights reserved") are the policy rule's already.
 *
 * <p>Stateless and thread-safe.
 */
public final class CopyrightRule implements Rule {

    /** A footer's line, or two run together; a paragraph about a copyright case is longer. */
    private static final int MAX_WORDS = 25;
    /** The sign, "(c)" (also with a Cyrillic "с"), or the word where a footer puts it: first, or right before the year. */
    private static final Pattern SIGN = Pattern.compile("©|\\([cCсС]\\)|(?i:^copyright\\b|\\bcopyright\\s+(?:19|20)\\d\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");

    @Override
    public String name() {
        return "copyright";
    }

    @Override
    public void apply(Document doc) {
        for (int i = 0; i < doc.size(); i++) {
            if (doc.isDecided(i) || doc.stats(i).words() > MAX_WORDS) {
                continue;
            }
            String t = doc.text(i);
            if (SIGN.matcher(t).find() && YEAR.matcher(t).find()) {
                doc.decide(i, Label.POLICY, name(), "a copyright sign and a year: the site's copyright line");
            }
        }
    }
}
