package dev.pith.layout;

import dev.pith.Label;
import dev.pith.classify.BodyClassifier;
import dev.pith.doc.Document;

/**
 * The blocks after the body. A date there that stands next to a headline-shaped line is the timestamp
 * of a related item, not the article's date; such headlines are teasers.
 */
final class Trailer {

    private Trailer() {
    }

    static void apply(Document doc, BodyClassifier.Region body, int title) {
        if (body.isEmpty()) {
            return;
        }
        for (int i = body.end() + 1; i < doc.size(); i++) {
            if (!doc.is(i, Label.DATELINE)) {
                continue;
            }
            boolean nextToHeadline = (i > 0 && Leftovers.isHeadline(doc, i - 1)) || (i + 1 < doc.size() && Leftovers.isHeadline(doc, i + 1));
            if (nextToHeadline) {
                doc.overrule(i, Label.TEASER, Header.NAME, "date after the article next to a headline: a related item's timestamp");
            }
        }
    }
}
