package example;

import dev.pith.Article;
import dev.pith.Page;
import dev.pith.Pith;

import java.net.URI;

/** What a crawler writes: one Pith for all pages, one call per page. */
public final class Cleaner {

    private static final Pith PITH = Pith.defaults();

    private Cleaner() {
    }

    public static Article clean(String html, String url) {
        return PITH.clean(Page.html(html, URI.create(url)));
    }
}
