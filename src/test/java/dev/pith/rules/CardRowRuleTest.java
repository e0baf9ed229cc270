package dev.pith.rules;

import dev.pith.Label;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CardRowRuleTest {

    private static Label label(String line) {
        return Pages.labelOf(new CardRowRule(), line);
    }

    @Test
    void picturesAndHeadlinesOnOneLineAreARowOfTeasers() {
        assertEquals(Label.TEASER, label("[2811612] Cristiano was raging - who's this guy?... then... [2811805] Is the league split"
                + " bigger than first thought?... [2811690] League wants a June date for any player whose..."));
        assertEquals(Label.TEASER, label("[storm-coast.jpg] Storm hits the coast [budget-vote.jpg] Council passes the budget"
                + " [new-school.jpg] First new school opens"));
        assertEquals(3, CardRowRule.cards("[abcd] One [efgh] Two [ijkl] Three"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Paris is the capital[1] of France[2], the country's largest city[3] and its seat of government.",
            "[1] One [2] Two [3] Three [4] Four",
            "[photo-1] Storm hits the coast [photo-2] Council passes the budget",
            "[author-photo] The writer has covered the city council for ten years and lives in the old town with her"
                    + " family, two cats and far too many books, [note] which she says [note-2] she will read one day, every one.",
            "Storm hits the coast [photo-1] Council passes the budget [photo-2] First new school opens [photo-3] Roads close"})
    void footnotesTwoCardsAProseBlockOrAWordFirstAreNot(String line) {
        assertNull(label(line), line);
    }
}
