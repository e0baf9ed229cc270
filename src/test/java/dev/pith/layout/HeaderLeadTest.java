package dev.pith.layout;

import dev.pith.Article;
import dev.pith.Page;
import dev.pith.Pith;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeaderLeadTest {

    private static final String PARAGRAPHS = "<p>The city council voted on Tuesday to approve a new budget that raises spending on schools and roads by a large margin.</p>"
            + "<p>Members argued for hours before the final vote, which passed seven to two after a long debate about the future of the city.</p>"
            + "<p>The mayor said the plan would be put into effect at once and that the first new schools would open within two years.</p>";

    private static Article clean(String header) {
        return Pith.defaults().clean(Page.html("<html><body><article><h1>Council approves a bigger budget for schools</h1>" + header
                + PARAGRAPHS + "</article></body></html>", null));
    }

    @Test
    void aSubheadingBetweenHeadlineAndBylineIsTheStandfirst() {
        String dek = "Spending on schools and roads rises by a fifth after a long debate in the chamber.";
        Article a = clean("<h2>" + dek + "</h2><p>By Jane Park</p><p>March 4, 2021</p>");
        assertEquals(dek, a.lead());
        assertFalse(a.body().contains(dek), a.body()::toString);
        assertEquals(3, a.body().size(), a.body()::toString);
    }

    @Test
    void aSubheadingWithoutABylineAfterItStaysInTheBody() {
        String sub = "Spending on schools and roads rises by a fifth after a long debate in the chamber.";
        Article a = clean("<h2>" + sub + "</h2>");
        assertTrue(a.lead() == null || !a.lead().equals(sub));
    }

    @Test
    void aParagraphTheMarkupCallsAStandfirstIsTheLeadNotTheBody() {
        String dek = "Spending on schools and roads rises by a fifth after a long and bitter debate in the council chamber on Tuesday night.";
        Article a = clean("<p class=\"c-entry-summary p-dek\">" + dek + "</p>");
        assertEquals(dek, a.lead());
        assertFalse(a.body().contains(dek), a.body()::toString);
        assertEquals(3, a.body().size(), a.body()::toString);
    }

    @Test
    void aTeaserExcerptWithAStandfirstsClassNameIsNoLead() {
        String excerpt = "Some people thought the striped cattle in a pasture were a practical joke, but farmers say the paint keeps the flies off.";
        Article a = Pith.defaults().clean(Page.html("<html><body><article><h1>Council approves a bigger budget for schools</h1>" + PARAGRAPHS
                + "</article><aside><h3>Cows painted like zebras</h3><p class=\"item__dek\">" + excerpt + "</p></aside></body></html>", null));
        assertTrue(a.lead() == null || !a.lead().equals(excerpt), a::lead);
        assertFalse(a.body().contains(excerpt));
    }
}
