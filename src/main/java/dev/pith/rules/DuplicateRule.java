package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;

/**
 * A block whose text appeared earlier on the page is a repetition: a caption shown twice, the headline
 * repeated in a related list, an image's alt text beside its caption. The first copy is judged on its
 * own; later copies are dropped.
 *
 * <p>Stateless and thread-safe.
 */
public final class DuplicateRule implements Rule {

    @Override
    public String name() {
        return "duplicate";
    }

    @Override
    public void apply(Document doc) {
        for (int i = 0; i < doc.size(); i++) {
            int first = doc.firstCopy(i);
            if (first >= 0) {
                doc.decide(i, Label.DUPLICATE, name(), "repeats block " + first);
            }
        }
    }
}
