package dev.pith.classify;

import dev.pith.Article;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubheadingsTest {

    private static final String HEADLINE = "Council approves a bigger budget for schools";
    private static final String P1 = "The city council voted on Tuesday to approve a new budget that raises spending on schools and roads by a large margin.";
    private static final String P2 = "The mayor said the plan would be put into effect at once and that the first schools would open within two years.";
    private static final String P3 = "Opponents on the council said the money would run out before the new schools were built, and asked for a review.";
    private static final String P4 = "A review board will report to the council in the spring, and the first contracts are to be signed in the summer.";

    private static Article dump(String... lines) {
        return Pages.cleanDump(lines);
    }

    @Test
    void shortLinesEachBetweenTwoParagraphsAreTheArticlesSubheadings() {
        Article a = dump(HEADLINE, P1, "Where the money goes", P2, P3, "What comes next", P4, "Contact the newsroom");
        assertEquals(List.of(P1, "Where the money goes", P2, P3, "What comes next", P4), a.body());
    }

    @Test
    void aPictureOrADrawnRuleBetweenASubheadingAndItsParagraphDoesNotHideIt() {
        Article a = dump(HEADLINE, P1, "[Photo]", "Where the money goes", P2, "[Photo]", P3, "━━━━━━━━━━━━", "What comes next", "[Photo]", P4,
                "Contact the newsroom");
        assertEquals(List.of(P1, "Where the money goes", P2, P3, "What comes next", P4), a.body());
    }

    @Test
    void aPicturesDescriptionRepeatedAboveEachSubheadingDoesNotHideIt() {
        String pin = "Save this chart of the new school budget for later: five years of spending on schools and roads, year by year.";
        Article a = dump(HEADLINE, P1, pin, "Where the money goes", P2, P3, pin, "What comes next", P4, "Contact the newsroom");
        assertTrue(a.body().containsAll(List.of("Where the money goes", "What comes next")), a.body()::toString);
        assertEquals(List.of("Where the money goes", P2, P3), a.body().subList(a.body().indexOf(P2) - 1, a.body().indexOf(P3) + 1));
    }

    @Test
    void aRepeatedShortLineIsACardNotAPicture() {
        // A short line printed again is a teaser card's headline or label: the line next to it is the card's, not a subheading.
        String label = "Council budget live updates";
        Article a = dump(HEADLINE, label, P1, label, "Where the money goes", P2, P3, label, "What comes next", P4, "Contact the newsroom");
        assertFalse(a.body().contains("Where the money goes"), a.body()::toString);
        assertFalse(a.body().contains("What comes next"), a.body()::toString);
    }

    @Test
    void aLoneShortLineBetweenParagraphsIsNot() {
        // One line alone could as well be a teaser for another story or an ad's label.
        Article a = dump(HEADLINE, P1, "Where the money goes", P2, P3, P4, "Contact the newsroom");
        assertEquals(List.of(P1, P2, P3, P4), a.body());
    }

    @Test
    void aLineThePagePrintsElsewhereIsNoSubheading() {
        Article a = dump(HEADLINE, P1, "Where the money goes", P2, P3, "Schools in the north get new roofs", P4,
                "Most read", "Schools in the north get new roofs Flooded roads close the bypass");
        assertFalse(a.body().contains("Schools in the north get new roofs"), a.body()::toString);
        assertFalse(a.body().contains("Where the money goes"), "left alone once the other is out: " + a.body());
    }
}
