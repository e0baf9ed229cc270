package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RankedListRuleTest {

    private static final String STORY = "Council approves a bigger budget The city council voted on Tuesday to approve a new budget that"
            + " raises spending on schools and roads by a large margin.";

    private static Document apply(List<String> lines) {
        Document doc = Pages.lines(lines.toArray(String[]::new));
        new FurniturePhraseRule().apply(doc);
        new RankedListRule().apply(doc);
        return doc;
    }

    private static List<String> ranked(String heading, int items, boolean numberAlone) {
        List<String> lines = new ArrayList<>(List.of(heading));
        for (int k = 1; k <= items; k++) {
            if (numberAlone) {
                lines.add(k + ".");
                lines.add(STORY.replace("Tuesday", "day " + k));
            } else {
                lines.add(k + ". " + STORY.replace("Tuesday", "day " + k));
            }
        }
        lines.add("The end of the page.");
        return lines;
    }

    @Test
    void aNumberedListUnderATeaserHeadingIsTheSitesRanking() {
        for (boolean alone : new boolean[] {true, false}) {
            Document doc = apply(ranked("Most Read", 5, alone));
            for (int i = 1; i < doc.size() - 1; i++) {
                assertEquals(Label.TEASER, doc.label(i), doc.text(i));
            }
            assertNull(doc.label(doc.size() - 1), "the list ends with its last item");
        }
    }

    @Test
    void aListicleWithoutATeaserHeadingIsLeftAlone() {
        Document doc = apply(ranked("Here are the five ways the budget changes the city.", 5, true));
        for (int i = 0; i < doc.size(); i++) {
            assertNull(doc.label(i), doc.text(i));
        }
    }

    @Test
    void twoItemsAreNoRanking() {
        Document doc = apply(ranked("Most Read", 2, false));
        assertNull(doc.label(1), doc.text(1));
    }
}
