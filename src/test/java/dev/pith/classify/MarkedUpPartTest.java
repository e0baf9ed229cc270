package dev.pith.classify;

import dev.pith.Article;
import dev.pith.Page;
import dev.pith.Pith;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkedUpPartTest {

    private static final String FIRST = "<p>The city council voted on Tuesday to approve a new budget that raises spending on schools and roads by a large margin.</p>";
    private static final String LAST = "<p>The mayor said the plan would be put into effect at once and that the first schools would open within two years.</p>";

    private static Article clean(String between) {
        return Pith.defaults().clean(Page.html("<html><body><article><h1>Council approves a bigger budget for schools</h1>"
                + FIRST + between + LAST + "</article></body></html>", null));
    }

    @Test
    void aShortParagraphElementBetweenParagraphsIsTheArticles() {
        Article a = clean("<p>It is complicated</p>");
        assertTrue(a.body().contains("It is complicated"), a.body()::toString);
    }

    @Test
    void theSameLineInABoxIsNot() {
        Article a = clean("<div>It is complicated</div>");
        assertFalse(a.body().contains("It is complicated"), a.body()::toString);
    }

    @Test
    void aParagraphInsideAFigureIsNot() {
        Article a = clean("<figure><img src='vote.jpg'><p>Council members at the vote</p></figure>");
        assertFalse(a.body().contains("Council members at the vote"), a.body()::toString);
    }

    @Test
    void aLinkParagraphIsNot() {
        Article a = clean("<p><a href='/other'>Schools get more money</a></p>");
        assertFalse(a.body().contains("Schools get more money"), a.body()::toString);
    }

    @Test
    void theSignatureOfAnEmbeddedPostIsTheArticlesThoughItReadsAsNoLanguage() {
        String signature = "— Robert Maguire (@RobertMaguire_) November 18, 2019";
        Article a = clean("<blockquote class='twitter-tweet'><p>Meth. We're on it. The state spent half a million dollars on this"
                + " campaign and the slogan is already everywhere.</p>" + signature + "</blockquote>");
        assertTrue(a.body().contains(signature), a.body()::toString);
    }
}
