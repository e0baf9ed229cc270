package dev.pith.layout;

import dev.pith.classify.BodyClassifier;
import dev.pith.doc.Document;

/**
 * Reads the page around the body the way a reader does: the headline above the body, the section
 * kicker above the headline, the site's name at the top, a standfirst between headline and photo,
 * and related items after the end. Runs after the body is chosen, because each of these is known by
 * where it stands relative to the body, and labels every block still undecided.
 *
 * <p>Stateless and thread-safe.
 */
public final class Layout {

    private final TitleChooser titles = new TitleChooser();

    /** Labels the title, header and trailer blocks of {@code doc} given its {@code body} region. */
    public void apply(Document doc, BodyClassifier.Region body) {
        int title = titles.choose(doc, body);
        Header.apply(doc, body, title);
        Trailer.apply(doc, body, title);
        Leftovers.apply(doc, body, title);
    }
}
