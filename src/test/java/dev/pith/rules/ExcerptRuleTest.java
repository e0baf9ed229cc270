package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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

    @Test
    void twoCopiesOfOneExcerptAreNotEachOthersSource() {
        String excerpt = "There has been a tremendous surge in requests for absentee ballots in the area. While...";
        Document doc = labelled(excerpt, "Latest", excerpt);
        assertNull(doc.label(0), "no block goes on past the cut");
    }

    @Test
    void aPageOfLinesThatAllOpenAlikeIsReadQuickly() {
        StringBuilder page = new StringBuilder();
        for (int k = 0; k < 40_000; k++) {
            page.append("Breaking news from the city council today and more: item ").append(k).append("…\n");
        }
        Document doc = Pages.dump(page.toString());
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> new ExcerptRule().apply(doc));
    }
}
