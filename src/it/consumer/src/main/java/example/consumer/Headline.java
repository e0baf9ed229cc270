package example.consumer;

import dev.pith.Article;
import dev.pith.Page;
import dev.pith.Pith;

/** Cleans a text dump with Pith's public API and gives its headline and first paragraph. */
public final class Headline {

    private static final Pith PITH = Pith.defaults();

    private Headline() {
    }

    /** The article in {@code dump}: its title, a blank line, then its body. */
    public static String summary(String dump) {
        Article a = PITH.clean(Page.text(dump));
        return a.title() + "\n\n" + a.text();
    }
}
