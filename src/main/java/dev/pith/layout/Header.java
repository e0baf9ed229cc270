package dev.pith.layout;

import dev.pith.Label;
import dev.pith.classify.BodyClassifier;
import dev.pith.doc.Document;
import dev.pith.text.TextStats;

/**
 * The blocks above the body, read from the headline: the kicker right above it is the section, the
 * page's first line is the site's name, a date above the headline is the masthead's (the day the page
 * was fetched), and a paragraph right under the headline that a photo separates from the rest of the
 * body is the standfirst. A standfirst's markup elsewhere on the page does not make a lead.
 */
final class Header {

    static final String NAME = "layout";
    private static final int MAX_SECTION_WORDS = 4;
    private static final int MAX_SITE_NAME_WORDS = 10;

    private Header() {
    }

    static void apply(Document doc, BodyClassifier.Region body, int title) {
        misplacedStandfirsts(doc, body, title);
        if (title < 0) {
            return;
        }
        siteName(doc, title);
        section(doc, title);
        for (int i = 0; i < title; i++) {
            if (doc.is(i, Label.DATELINE)) {
                doc.overrule(i, Label.MASTHEAD, NAME, "date above the headline: the site's date, not the article's");
            }
        }
        lead(doc, body, title);
    }

    private static void siteName(Document doc, int title) {
        if (title == 0 || !undecidedOrNavigation(doc, 0)) {
            return;
        }
        TextStats s = doc.stats(0);
        if (s.words() >= 1 && s.words() <= MAX_SITE_NAME_WORDS && !s.endsSentence()) {
            doc.overrule(0, Label.SITE_NAME, NAME, "the page's first line, above the headline");
        }
    }

    private static void section(Document doc, int title) {
        int k = title - 1;
        if (k <= 0 || !undecidedOrNavigation(doc, k)) {
            return; // the page's first line is the site's name, not a section
        }
        TextStats s = doc.stats(k);
        if (s.words() >= 1 && s.words() <= MAX_SECTION_WORDS && !s.endsSentence() && s.digits() == 0) {
            doc.overrule(k, Label.SECTION, NAME, "short line right above the headline");
        }
    }

    /**
     * A standfirst sits right under the headline and is set apart from the body: by a photo (the body
     * paragraph that directly follows the headline is followed by a caption or credit), or, when the
     * markup makes it a subheading, by the byline or date line that comes between it and the body
     * (the byline may have ended the main run above it, so the subheading may still be undecided), or,
     * in any markup or none, a sentence the classifier left out of the body above its byline or date line
     * (see {@code Standfirst}). Either way more body must follow.
     */
    private static void lead(Document doc, BodyClassifier.Region body, int title) {
        int k = title + 1;
        int next = k + 1;
        if (body.isEmpty() || next >= doc.size() || body.end() <= next || doc.isDecided(k) && !doc.is(k, Label.BODY)) {
            return;
        }
        boolean photo = doc.is(next, Label.CAPTION) || doc.is(next, Label.CREDIT);
        if (photo && doc.is(k, Label.BODY)) {
            doc.overrule(k, Label.LEAD, NAME, "paragraph between the headline and the photo");
        } else if (doc.segment(k).structure().headingLevel() >= 2 && bylineBeforeBody(doc, next, body.end())) {
            doc.overrule(k, Label.LEAD, NAME, "subheading between the headline and the byline");
        } else if (!doc.isDecided(k) && doc.stats(k).endsSentence() && bylineBeforeBody(doc, next, body.end())) {
            doc.overrule(k, Label.LEAD, NAME, "sentence between the headline and the byline, above the body");
        }
    }

    /**
     * A block whose markup names it a standfirst ("dek") is the lead only between the headline and the
     * body: the same class name marks the excerpts of a teaser list and the summary in an author's box.
     */
    private static void misplacedStandfirsts(Document doc, BodyClassifier.Region body, int title) {
        int end = body.isEmpty() ? doc.size() : body.start();
        for (int i = 0; i < doc.size(); i++) {
            if (doc.is(i, Label.LEAD) && (i < title || i > end)) {
                doc.overrule(i, Label.BOILERPLATE, NAME, "a standfirst's markup away from the headline");
            }
        }
    }

    /** Whether a byline or date line comes after {@code from} before the next body block. */
    private static boolean bylineBeforeBody(Document doc, int from, int end) {
        for (int i = from; i <= end && i < doc.size(); i++) {
            if (doc.is(i, Label.BODY)) {
                return false;
            }
            if (doc.is(i, Label.BYLINE) || doc.is(i, Label.DATELINE)) {
                return true;
            }
        }
        return false;
    }

    /** Whether block {@code i} is free to be a banner or a kicker: not decided otherwise, not a menu item. */
    static boolean undecidedOrNavigation(Document doc, int i) {
        boolean menuItem = doc.segment(i).inList() || doc.segment(i).structure().tokens().contains("nav")
                || doc.segment(i).structure().tokens().contains("menu");
        return !menuItem && (!doc.isDecided(i) || doc.is(i, Label.NAVIGATION));
    }
}
