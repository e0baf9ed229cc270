package dev.pith.rules;

import dev.pith.Article;
import dev.pith.Page;
import dev.pith.Pith;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureCaptionRuleTest {

    private static final String PARAGRAPHS = "<p>The city council voted on Tuesday to approve a new budget that raises spending on schools and roads by a large margin.</p>"
            + "<p>Members argued for hours before the final vote, which passed seven to two after a long debate about the future of the city.</p>"
            + "<p>The mayor said the plan would be put into effect at once and that the first schools would open within two years.</p>";
    private static final String CAPTION = "Council members listen to residents during the budget hearing at city hall on Tuesday evening.";

    private static Article clean(String figure) {
        return Pith.defaults().clean(Page.html("<html><body><article><h1>Council approves a bigger budget for schools</h1>"
                + PARAGRAPHS.substring(0, PARAGRAPHS.indexOf("</p>") + 4) + figure + PARAGRAPHS.substring(PARAGRAPHS.indexOf("</p>") + 4)
                + "</article></body></html>", null));
    }

    @Test
    void aFigcaptionThatReadsAsProseIsACaption() {
        Article a = clean("<figure><img src='hall.jpg'><figcaption>" + CAPTION + "</figcaption></figure>");
        assertFalse(a.body().contains(CAPTION), a.body()::toString);
        assertTrue(a.captions().contains(CAPTION), a.captions()::toString);
    }

    @Test
    void anElementWhoseClassSaysCaptionHoldsOne() {
        Article a = clean("<div class='wp-caption'><img src='hall.jpg'><p class='wp-caption-text'>" + CAPTION + "</p></div>");
        assertFalse(a.body().contains(CAPTION), a.body()::toString);
        assertTrue(a.captions().contains(CAPTION), a.captions()::toString);
    }

    @Test
    void aCreditInAFigcaptionStaysACredit() {
        Article a = clean("<figure><img src='hall.jpg'><figcaption>Photo: Jane Doe/Reuters</figcaption></figure>");
        assertFalse(a.captions().contains("Photo: Jane Doe/Reuters"), a.captions()::toString);
        assertFalse(a.body().contains("Photo: Jane Doe/Reuters"), a.body()::toString);
    }

    @Test
    void aLongParagraphUnderACaptionClassFarAboveStaysBody() {
        String longParagraph = "The budget also sets aside money for a new library in the north of the city, for repairs to three bridges "
                + "that engineers say are unsafe, for more bus routes at night, for a study of flooding along the river, for parks in two "
                + "districts that have none, and for a pay rise for the city's teachers, who have waited six years for one and said so "
                + "loudly at every meeting of the council since the last budget was passed.";
        // No article element: the wrapper's tokens reach every block beneath it.
        String html = "<html><body><div class='no-caption layout'><div class='story'><h1>Council approves a bigger budget for schools</h1>"
                + PARAGRAPHS + "<p>" + longParagraph + "</p></div></div></body></html>";
        Article a = Pith.defaults().clean(Page.html(html, null));
        assertTrue(a.body().contains(longParagraph), a.body()::toString);
    }

    @Test
    void aCaptionClassOnAWrapperOfTheWholePageMarksNothing() {
        String html = "<html><body><div class='caption-layout'><div class='story'><h1>Council approves a bigger budget for schools</h1>"
                + PARAGRAPHS + "</div></div></body></html>";
        Article a = Pith.defaults().clean(Page.html(html, null));
        assertTrue(a.body().size() == 3 && a.captions().isEmpty(), () -> a.body() + " / " + a.captions());
    }
}
