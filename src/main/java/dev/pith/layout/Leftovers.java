package dev.pith.layout;

import dev.pith.Label;
import dev.pith.classify.BodyClassifier;
import dev.pith.doc.Document;
import dev.pith.text.TextStats;

/**
 * Labels every block no rule or step decided, so that each block of the result says why it is not in
 * the body: a block in another language is foreign, a headline-shaped line after the article is a
 * teaser, short lines above it are navigation, and the rest is boilerplate.
 */
final class Leftovers {

    private static final int MIN_HEADLINE_WORDS = 4;
    private static final int MAX_HEADLINE_WORDS = 40;
    private static final int MAX_NAVIGATION_WORDS = 6;
    private static final int MIN_FOREIGN_LETTERS = 8;

    private Leftovers() {
    }

    static void apply(Document doc, BodyClassifier.Region body, int title) {
        for (int i = 0; i < doc.size(); i++) {
            if (doc.isDecided(i)) {
                continue;
            }
            boolean after = !body.isEmpty() && i > body.end();
            boolean before = body.isEmpty() || i < body.start();
            // Too few letters and a language cannot be told (and asking costs): such a line is not called foreign.
            if (doc.stats(i).letters() >= MIN_FOREIGN_LETTERS && doc.isForeign(i, doc.language())) {
                doc.decide(i, Label.FOREIGN, Header.NAME, doc.language(i).tag() + " outside a " + doc.language() + " article");
            } else if (after && isHeadline(doc, i)) {
                doc.decide(i, Label.TEASER, Header.NAME, "headline-shaped line after the article");
            } else if (before && doc.stats(i).words() <= MAX_NAVIGATION_WORDS && !doc.stats(i).endsSentence()) {
                doc.decide(i, Label.NAVIGATION, Header.NAME, "short line above the article");
            } else {
                doc.decide(i, Label.BOILERPLATE, Header.NAME, before ? "above the article" : after ? "after the article" : "inside the article but not prose");
            }
        }
    }

    /** Whether block {@code i} is shaped like a headline: some words, not a sentence, not decided as something else. */
    static boolean isHeadline(Document doc, int i) {
        TextStats s = doc.stats(i);
        boolean open = !doc.isDecided(i) || doc.is(i, Label.TEASER);
        return open && s.words() >= MIN_HEADLINE_WORDS && s.words() <= MAX_HEADLINE_WORDS && !s.endsSentence();
    }
}
