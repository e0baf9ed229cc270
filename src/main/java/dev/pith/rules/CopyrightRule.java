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
    /**
     * The sign where a footer puts it: first in the block (after the word, if any), or right before or
     * after the year ("© 2020", "(c) 1997-2020", "Copyright 2020", "2019 ©"), never inside a word or
     * after a bracket: "Section 230(c) of the 1996 Act" and "a 501(c)(3) group founded in 2009" are prose.
     */
    private static final Pattern SIGNED_YEAR = Pattern.compile(
            "^\\s*(?:(?i:copyright)\\s*)?(?:©|\\([cCсС]\\))"
                    + "|(?<![\\p{L}\\p{N})])(?:©|\\([cCсС]\\)|(?i:copyright))\\s*(?:19|20)\\d\\d(?!\\d)"
                    + "|(?<!\\d)(?:19|20)\\d\\d\\s*©");
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
            if (SIGNED_YEAR.matcher(t).find() && YEAR.matcher(t).find()) {
                doc.decide(i, Label.POLICY, name(), "a copyright sign and a year: the site's copyright line");
            }
        }
    }
}
