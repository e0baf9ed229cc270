package dev.pith.classify;

import dev.pith.Label;
import dev.pith.doc.Document;

/**
 * Where the article most likely starts, before the body is known: right after a headline that the page
 * shows twice (in the breadcrumb or the window title and again above the text) followed closely by its
 * dateline or byline. Prose right after that point is more likely the article than prose elsewhere
 * (a legal notice, a comment, a sidebar story).
 */
final class ArticleStart {

    private static final int NEAR = 3;

    private ArticleStart() {
    }

    /** The index of the block after which the article starts, or -1 when the page gives no such sign. */
    static int find(Document doc) {
        for (int i = 0; i < doc.size(); i++) {
            boolean stamp = doc.is(i, Label.DATELINE) || doc.is(i, Label.BYLINE);
            if (!stamp) {
                continue;
            }
            for (int h = Math.max(0, i - NEAR); h < i; h++) {
                boolean headline = doc.stats(h).words() >= 3 && !doc.stats(h).endsSentence()
                        && (doc.isRepeatedLater(h) || doc.firstCopy(h) >= 0);
                if (headline) {
                    return i;
                }
            }
        }
        return -1;
    }
}
