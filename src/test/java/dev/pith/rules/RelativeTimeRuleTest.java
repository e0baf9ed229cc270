package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RelativeTimeRuleTest {

    private static final String COMMENT = "I have read the whole report and I do not agree with the council at all on this point.";

    private static Document apply(String... lines) {
        Document doc = Pages.lines(lines);
        new RelativeTimeRule().apply(doc);
        return doc;
    }

    @Test
    void stampsFollowedByProseAreCommentsAndOthersListItems() {
        Document doc = apply("3 hours ago", COMMENT, "5 hours ago", COMMENT + " Really.", "2 days ago", "Short headline here",
                "Another headline", "Third headline");
        assertEquals(Label.COMMENTS, doc.label(0));
        assertEquals(Label.COMMENTS, doc.label(2));
        assertEquals(Label.TEASER, doc.label(4));
        assertNull(doc.label(1));
    }

    @Test
    void oneOrTwoStampsMayDateTheArticle() {
        Document doc = apply("3 hours ago", COMMENT, "5 hours ago", COMMENT + " Really.");
        assertNull(doc.label(0));
    }

    @Test
    void aStampThatAlsoGivesTheFullDateIsADatelineNotAComment() {
        Document doc = apply("Jane Doe 12 minutes ago Wed 29th April 2020 | 03:32 PM", COMMENT,
                "3 hours ago", COMMENT + " Really.", "5 hours ago", COMMENT + " Truly.", "2 days ago", COMMENT + " Yes.");
        assertNull(doc.label(0));
        assertEquals(Label.COMMENTS, doc.label(2));
    }
}
