package dev.pith.classify;

import dev.pith.Article;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InterviewTest {

    private static final String HEADLINE = "Ten questions for the club's new chief executive";
    private static final List<String> LONG_TURNS = List.of(
            "Q: What does a chief executive of a football club actually do from one day to the next, in your experience so far?",
            "A: Being chief executive means you look at every part of the business each and every day, from ticket sales to the training ground.",
            "Q: You were named one of the forty leaders under forty this year. What did that recognition mean to you and your family?",
            "A: I am very honoured to be on the list. It is a prestigious group of people, and I owe it to the people I have worked with.");

    private static Article dump(List<String> lines) {
        return Pages.cleanDump(lines.toArray(String[]::new));
    }

    @Test
    void shortTurnsAfterTheLongOnesCloseTheArticle() {
        List<String> lines = new ArrayList<>(List.of(HEADLINE));
        lines.addAll(LONG_TURNS);
        lines.addAll(List.of("Q: Favourite apps?", "A: Maps and the weather", "Q: Favourite athlete?", "A: Serena Williams",
                "Previous post", "Next post"));
        Article a = dump(lines);
        assertTrue(a.body().containsAll(List.of("Q: Favourite apps?", "A: Maps and the weather", "Q: Favourite athlete?", "A: Serena Williams")),
                a.body()::toString);
        assertFalse(a.body().contains("Previous post"));
    }

    @Test
    void shortLinesThatDoNotGoOnWithTheDialogueStayOut() {
        List<String> lines = new ArrayList<>(List.of(HEADLINE));
        lines.addAll(LONG_TURNS);
        lines.addAll(List.of("A: Maps and the weather", "Q: Favourite athlete?"));
        Article a = dump(lines);
        assertFalse(a.body().contains("A: Maps and the weather"), "the same speaker twice in a row is no turn: " + a.body());
    }

    @Test
    void markedLinesWithoutADialogueAboveAreNotTurns() {
        String p = "The club said on Monday that it had appointed a new chief executive, who will start work at the end of the month.";
        Article a = dump(List.of(HEADLINE, p, p.replace("Monday", "Tuesday"), p.replace("Monday", "Friday") + " A: note.",
                "Q: Favourite apps?", "A: Maps and the weather"));
        assertFalse(a.body().contains("Q: Favourite apps?"), a.body()::toString);
    }
}
