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

    private static final String OPINION = "I have lived in this city for years and I think the council is right to spend more on schools,"
            + " although the roads in my part of town have been waiting for repairs for a very long time now. My neighbours agree"
            + " with me, and we have written to the mayor twice about the holes in our street. Nobody has answered our letters yet,"
            + " which is a shame, because the money is clearly there.";

    /** A reader's comment: a name, a date, one to three paragraphs (threads are not built alike), the thread's buttons. */
    private static String comment(int k) {
        return "Reader" + k + "\nAugust " + (k + 1) + ", 2019 4:14 pm\n\n"
                + (OPINION + " Comment " + k + ".\n\n").repeat(1 + k % 4)
                + "Report\nRecommend\n\n";
    }

    @Test
    void aCommentCountLinkAfterTheArticleOpensTheCommentsAndALongThreadIsNotTakenIn() {
        StringBuilder page = new StringBuilder("Council approves a bigger budget\n\n3 Comments\n\n")
                .append(String.join("\n\n", ARTICLE)).append("\n\nComments (20)\n\n");
        for (int k = 0; k < 20; k++) {
            page.append(comment(k));
        }
        assertEquals(ARTICLE, clean(page.toString()).body());
    }

    @Test
    void aCommentCountLinkBetweenTheArticlesParagraphsDoesNotEndIt() {
        List<String> longer = List.of(ARTICLE.get(0), ARTICLE.get(1), ARTICLE.get(2), ARTICLE.get(0).replace("Tuesday", "Monday"),
                ARTICLE.get(1).replace("seven", "six"));
        String page = "Council approves a bigger budget\n\n" + String.join("\n\n", longer.subList(0, 3))
                + "\n\nComments (12)\n\n" + String.join("\n\n", longer.subList(3, 5)) + "\n";
        assertEquals(longer, clean(page).body());
    }

    @Test
    void aCommentFormUnderAShortArticleClosesItBeforeTheSitesOwnBlurb() {
        // Two short paragraphs outweigh nothing by length alone; the site's "about us" paragraph below the
        // comment form is longer than both, but a comment form comes after the article, not before it.
        List<String> shortArticle = List.of(
                "The city council approved a new budget on Tuesday that raises spending on schools and roads in every part of the city by a fifth.",
                "The mayor said that the plan would take effect at once and that the first of the new schools would open its doors within two years.");
        String page = "Council approves a bigger budget\nCouncil approves a bigger budget\n\nApril 15, 2020\n\n"
                + String.join("\n\n", shortArticle) + "\n\nLeave a Reply\n\nYour email address will not be published.\n\n"
                + "Save my name, email, and website in this browser for the next time I comment.\n\n" + OTHER_PROSE
                + "\n\nAbout us\nContact us\n";
        assertEquals(shortArticle, clean(page).body());
    }

    @Test
    void aCommentsFlyoutAboveTheArticleDoesNotEndIt() {
        String page = "Council approves a bigger budget\n\nComments\n\nYour email address will not be published.\n\n"
                + String.join("\n\n", ARTICLE) + "\n";
        assertEquals(ARTICLE, clean(page).body());
    }
}
