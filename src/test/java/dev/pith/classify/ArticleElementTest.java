package dev.pith.classify;

import dev.pith.Article;
import dev.pith.Block;
import dev.pith.Label;
import dev.pith.Page;
import dev.pith.Pith;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleElementTest {

    private static final String PARAGRAPHS = "<p>The city council voted on Tuesday to approve a new budget that raises spending on schools and roads by a large margin.</p>"
            + "<p>Members argued for hours before the final vote, which passed seven to two after a long debate about the future of the city.</p>"
            + "<p>The mayor said the plan would be put into effect at once and that the first schools would open within two years.</p>";
    private static final List<String> ITEMS = List.of("Two new schools", "Road repairs in the north", "Pay for teachers");

    private static Article clean(String insideContainer, String afterContainer) {
        String html = "<html><body><div class='page'><div class='wrap'><div class='main'><div class='story'>"
                + "<h1>Council approves a bigger budget for schools</h1>" + PARAGRAPHS + insideContainer + "</div>"
                + afterContainer + "</div></div></div></body></html>";
        return Pith.defaults().clean(Page.html(html, null));
    }

    private static String lines(List<String> texts) {
        StringBuilder b = new StringBuilder();
        texts.forEach(t -> b.append("<h4>").append(t).append("</h4>"));
        return b.toString();
    }

    @Test
    void shortLinesInTheArticlesElementAfterItsLastParagraphAreBody() {
        Article a = clean(lines(ITEMS), "");
        assertTrue(a.body().containsAll(ITEMS), a.body()::toString);
        assertEquals(3 + ITEMS.size(), a.body().size(), a.body()::toString);
    }

    @Test
    void theSameLinesOutsideTheArticlesElementAreNot() {
        Article a = clean("", "<div class='box'>" + lines(ITEMS) + "</div>");
        assertFalse(a.body().stream().anyMatch(ITEMS::contains), a.body()::toString);
    }

    @Test
    void aFurnitureLineEndsTheTail() {
        List<String> withPrompt = List.of("Two new schools", "Topics", "Budget", "Schools");
        Article a = clean(lines(withPrompt), "");
        assertTrue(a.body().contains("Two new schools"), a.body()::toString);
        assertFalse(a.body().contains("Topics") || a.body().contains("Budget"), a.body()::toString);
    }

    @Test
    void oneLinkedLineIsSkippedButTwoEndTheArticle() {
        String oneLink = "<h4>Two new schools</h4><p><a href='/x'>Budget ideas from other cities</a></p><h4>Pay for teachers</h4>";
        Article a = clean(oneLink, "");
        assertTrue(a.body().contains("Pay for teachers"), a.body()::toString);
        assertFalse(a.body().contains("Budget ideas from other cities"), a.body()::toString);

        String twoLinks = "<h4>Two new schools</h4><p><a href='/x'>Budget news</a></p><p><a href='/y'>School news</a></p><h4>Pay for teachers</h4>";
        Article b = clean(twoLinks, "");
        assertFalse(b.body().contains("Pay for teachers"), b.body()::toString);
    }

    @Test
    void aLineTheTailRepeatsIsKeptEachTime() {
        List<String> meals = List.of("Breakfast", "Eat every two hours", "Oats with milk", "Lunch", "Eat every two hours", "Rice and beans");
        Article a = clean(lines(meals), "");
        assertEquals(2, a.body().stream().filter("Eat every two hours"::equals).count(), a.body()::toString);
    }

    @Test
    void theTailIsExplained() {
        Article a = clean(lines(ITEMS), "");
        Block item = a.blocks().stream().filter(b -> b.text().equals("Pay for teachers")).findFirst().orElseThrow();
        assertEquals(Label.BODY, item.label());
        assertTrue(item.reason().contains("after its last paragraph"), item::toString);
    }

    @Test
    void textDumpsHaveNoContainerAndKeepTheirOldEnd() {
        String dump = "Council approves a bigger budget for schools\n\n"
                + PARAGRAPHS.replace("<p>", "").replace("</p>", "\n\n") + "Two new schools\n\nRoad repairs in the north\n";
        Article a = Pith.defaults().clean(Page.text(dump));
        Block item = a.blocks().stream().filter(b -> b.text().equals("Road repairs in the north")).findFirst().orElseThrow();
        assertFalse(item.reason() != null && item.reason().contains("after its last paragraph"), item::toString);
    }
}
