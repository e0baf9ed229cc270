package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ExcerptRuleTest {

    private static final String PARAGRAPH = "There has been a tremendous surge in requests for absentee ballots in the area."
            + " While people are requesting and receiving ballots, they are slow to return them to the county offices.";

    private static Document labelled(String... lines) {
        Document doc = Pages.lines(lines);
        new ExcerptRule().apply(doc);
        return doc;
    }

    @Test
    void theOpeningOfAnotherBlockCutShortIsAnExcerpt() {
        for (String cut : new String[] {" [...]", "...", " …", " […]"}) {
            Document doc = labelled(PARAGRAPH, "Latest news",
                    "There has been a tremendous surge in requests for absentee ballots in the area. While people" + cut);
            assertEquals(Label.TEASER, doc.label(2), cut);
            assertNull(doc.label(0), "the article's own paragraph stays");
        }
        Document before = labelled("There has been a tremendous surge in requests for absentee ballots..." , PARAGRAPH);
        assertEquals(Label.TEASER, before.label(0), "above the article, as a teaser of it, too");
    }

    @Test
    void aCutThatCopiesNothingOrTooLittleIsNoExcerpt() {
        assertNull(labelled(PARAGRAPH, "The minister said the talks would go on and on and on...").label(1));
        assertNull(labelled(PARAGRAPH, "There has been a tremendous...").label(1), "too short to tell a copy from a phrase");
        assertNull(labelled(PARAGRAPH, "There has been a tremendous surge in requests for absentee ballots in the area.").label(1),
                "not cut short: a sentence the article repeats, for other rules to judge");
    }
}
