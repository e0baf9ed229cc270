package dev.pith.classify;

import dev.pith.Article;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OpeningSentencesTest {

    private static final String HEADLINE = "Donations to the virus fund keep coming";
    private static final String DATELINE = "By Lee Yong-min | 2020-03-04 16:52";
    private static final String OPENING = "Residents gave more this week than in any week before.";
    private static final String P1 = "The city and the community chest held a donation ceremony at city hall on Wednesday morning.";
    private static final String P2 = "At the ceremony, a local builder and the city sports council each gave five million won to the fund.";
    private static final String P3 = "The mayor said the money would be spent openly and fairly on residents who are struggling because of the virus.";

    private static Article dump(String... lines) {
        return Pages.cleanDump(lines);
    }

    @Test
    void aShortSentenceRightBelowTheDatelineOpensTheArticle() {
        Article a = dump("Home | News | Sports", HEADLINE, DATELINE, OPENING, P1, P2, P3, "Copyright 2020 Local News. All rights reserved.");
        assertEquals(List.of(OPENING, P1, P2, P3), a.body());
    }

    @Test
    void aShortSentenceWithNoBylineAboveItIsNotTakenIn() {
        // Without the byline or dateline nothing says the article starts there: it may be a teaser's blurb.
        Article a = dump("Home | News | Sports", HEADLINE, OPENING, P1, P2, P3, "Copyright 2020 Local News. All rights reserved.");
        assertEquals(List.of(P1, P2, P3), a.body());
    }

    @Test
    void aQuestionBelowTheDatelineIsAHeadlineNotTheOpening() {
        String question = "Is the city ready to spend it all?";
        Article a = dump("Home | News | Sports", DATELINE, question, P1, P2, P3, "Copyright 2020 Local News. All rights reserved.");
        assertEquals(List.of(P1, P2, P3), a.body());
    }

    @Test
    void aRowOfButtonsLaidOutAsATableAboveTheFirstParagraphIsNotTheArticles() {
        // A table row scores a little above zero so that a table between paragraphs does not break the run.
        String buttons = "[google_24]  [pholar_24]  [pinterest_]  [sns_btn_24]";
        Article a = dump("Home | News | Sports", HEADLINE, buttons, P1, P2, P3, "Copyright 2020 Local News. All rights reserved.");
        assertEquals(List.of(P1, P2, P3), a.body());
        Article inside = dump("Home | News | Sports", HEADLINE, P1, "Arsenal  10  7  2  1", "Chelsea  10  6  3  1", P2, P3);
        assertEquals(List.of(P1, "Arsenal  10  7  2  1", "Chelsea  10  6  3  1", P2, P3), inside.body(), "a table inside the article stays");
    }

    @Test
    void aShareBarAtTheTopDoesNotEndTheArticle() {
        // A share bar stands under an article's first paragraphs as often as under its last one.
        Article a = dump("Home | News | Sports", HEADLINE, DATELINE, P1, P2, "Share this article", "Share", P3,
                "Residents will be able to follow the spending on the city's website from next month onwards.",
                "Copyright 2020 Local News. All rights reserved.");
        assertEquals(List.of(P1, P2, P3, "Residents will be able to follow the spending on the city's website from next month onwards."), a.body());
    }

    @Test
    void aPageThatIsATableKeepsItsRows() {
        List<String> rows = List.of("1    Kyle Busch        5040    5    1   17", "2    Martin Truex      5035    7    0   15",
                "3    Kevin Harvick     5033    4    6   15", "4    Denny Hamlin      5027    6    3   19",
                "5    Joey Logano       2380    2    3   12", "6    Ryan Blaney       2339    1    1   11");
        List<String> lines = new java.util.ArrayList<>(List.of("Cup Series standings after the final race"));
        lines.addAll(rows);
        assertEquals(rows, dump(lines.toArray(String[]::new)).body());
    }
}
