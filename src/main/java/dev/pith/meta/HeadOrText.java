package dev.pith.meta;

import dev.pith.DetectedLanguage;
import dev.pith.head.HeadMetadata;

import java.util.List;
import java.util.Locale;

/**
 * Settles each field when the page's head (JSON-LD, OpenGraph, meta tags) and its visible text both
 * say something, and says why each side wins.
 */
final class HeadOrText {

    private HeadOrText() {
    }

    /**
     * The visible headline when the head's title contains it (the page shows the clean form, without
     * the site's name); otherwise the head's, since the head names this article while the visible
     * choice is a layout guess that may have caught a section heading.
     */
    static String title(HeadMetadata head, String visible) {
        if (head.title() == null) {
            return visible != null ? visible : head.pageTitle(); // the title element only when the page shows none
        }
        if (visible != null && head.title().toLowerCase(Locale.ROOT).contains(visible.toLowerCase(Locale.ROOT))) {
            return visible;
        }
        return head.title();
    }

    /** The people the page prints on its byline; the head's authors (read as people) when it prints none. */
    static List<String> authors(List<String> headPeople, List<String> visible) {
        return visible.isEmpty() ? headPeople : visible;
    }

    /**
     * The source the text credits (a news agency on a source line or a dateline) is more specific
     * than the head's publisher, which is the outlet hosting the page.
     */
    static String publisher(HeadMetadata head, String visible) {
        return visible != null ? visible : head.publisher();
    }

    /** og:site_name says exactly this; the banner line is a guess. */
    static String siteName(HeadMetadata head, String visible) {
        return head.siteName() != null ? head.siteName() : visible;
    }

    /** A visible breadcrumb trail is fuller than the head's single section. */
    static List<String> section(HeadMetadata head, List<String> visible) {
        return visible.isEmpty() ? head.section() : visible;
    }

    /** The language the text is written in; the declared one only when detection could not tell (templates often keep a default). */
    static String language(HeadMetadata head, String detected) {
        return DetectedLanguage.UND.equals(detected) && head.language() != null ? head.language() : detected;
    }
}
