package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.lexicon.PhraseKind;

/**
 * A block that ends in a "more" link ("... [详细]", "... Read more", "... xem thêm") is a teaser for
 * another page.
 *
 * <p>Stateless and thread-safe.
 */
public final class TeaserSuffixRule implements Rule {

    @Override
    public String name() {
        return "teaser-suffix";
    }

    @Override
    public void apply(Document doc) {
        for (int i = 0; i < doc.size(); i++) {
            if (doc.isDecided(i)) {
                continue;
            }
            String norm = doc.normalized(i);
            var suffix = doc.lexicon().suffixOf(PhraseKind.TEASER_SUFFIX, norm)
                    .filter(p -> p.text().length() < norm.length());
            if (suffix.isPresent()) {
                doc.decide(i, Label.TEASER, name(), "ends with " + suffix.get().quoted());
            }
        }
    }
}
