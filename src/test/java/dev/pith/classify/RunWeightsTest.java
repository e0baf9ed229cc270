package dev.pith.classify;

import dev.pith.Article;
import dev.pith.Page;
import dev.pith.Pith;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RunWeightsTest {

    private static final List<String> ARTICLE = List.of(
            "The city council voted on Tuesday to approve a new budget that raises spending on schools and roads by a large margin."
                    + " It is the largest increase in a decade.",
            "Members argued for hours before the final vote, which passed seven to two after a long debate about the future of the city."
                    + " Two members asked for more time.",
            "The mayor said the plan would be put into effect at once and that the first schools would open within two years."
                    + " The roads will take longer.");
    private static final String OTHER_PROSE = "Our company was founded more than a hundred years ago and publishes newspapers, magazines and"
            + " websites in many countries. We believe that independent journalism matters. Our reporters and editors work every day"
            + " to bring readers the news that matters to them.";
    /** Phrases the English lexicon knows as menu entries, share buttons and headings of related lists (no end markers). */
    private static final List<String> FURNITURE = List.of("Facebook", "Twitter", "LinkedIn", "WhatsApp", "Reddit", "Pinterest",
            "Newsletter", "Subscribe", "Contact us", "About us", "Related articles", "Most read",
            "Most popular", "Trending now", "Latest news", "Top stories", "You may also like", "Editor's picks", "Sign in",
            "Back to top", "Recommended");

    private static Article clean(String text) {
        return Pith.defaults().clean(Page.text(text));
    }

    @Test
    void aLongStretchOfFurnitureIsNotSpannedToReachMoreProse() {
        String page = "Council approves a bigger budget\n\n" + String.join("\n\n", ARTICLE) + "\n\n"
                + String.join("\n", FURNITURE) + "\n\n" + OTHER_PROSE + "\n";
        assertEquals(ARTICLE, clean(page).body());
    }

    @Test
    void aRelatedBoxBetweenTwoParagraphsStillCostsNextToNothing() {
        String page = "Council approves a bigger budget\n\n" + ARTICLE.get(0) + "\n\nRelated articles\nMost read\n\n"
                + ARTICLE.get(1) + "\n\n" + ARTICLE.get(2) + "\n";
        assertEquals(ARTICLE, clean(page).body());
    }
}
