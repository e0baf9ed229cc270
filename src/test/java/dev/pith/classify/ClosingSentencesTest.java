package dev.pith.classify;

import dev.pith.Article;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClosingSentencesTest {

    private static final String HEADLINE = "Salina diver wins the state title";
    private static final String P1 = "Salina South diver Keetan Munsell won the state championship on Saturday with a score of 409 points, the best of the season.";
    private static final String P2 = "Trinity Academy junior Ben Patton added to his collection of state titles, winning the 200 yard medley in record time.";
    private static final String P3 = "In the 100 yard backstroke, Patton was beaten by a swimmer from Wichita Heights, who took first place at the meet.";
    private static final String SHORT1 = "Wichita West senior David Garcia finished second in the 50 yard freestyle.";
    private static final String SHORT2 = "Wichita East's Hugh McPherson won the 100 yard freestyle.";

    private static Article dump(String... lines) {
        return Pages.cleanDump(lines);
    }

    @Test
    void shortSentencesRightAfterTheLastParagraphCloseTheArticle() {
        Article a = dump(HEADLINE, P1, P2, P3, SHORT1, SHORT2, "Share this story", "Copyright 2018 Local News. All rights reserved.");
        assertEquals(List.of(P1, P2, P3, SHORT1, SHORT2), a.body());
    }

    @Test
    void aSentenceAfterFurnitureIsNotTheArticles() {
        // The share bar ends the article; a sentence under it (a blurb of the next story) is not taken in.
        Article a = dump(HEADLINE, P1, P2, P3, "Share this story", SHORT1);
        assertEquals(List.of(P1, P2, P3), a.body());
    }
}
