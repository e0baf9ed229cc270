package dev.pith.classify;

import dev.pith.Article;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ClosingCreditTest {

    private static final String HEADLINE = "Scientists map the surface of Saturn's largest moon";
    private static final String P1 = "Scientists on Monday unveiled the first complete map of the surface of Titan, the largest moon of Saturn, showing its plains and dunes.";
    private static final String P2 = "The map draws on radar and infrared images the Cassini spacecraft took during more than a hundred flybys between 2004 and 2017.";

    private static Article dump(String... lines) {
        return Pages.cleanDump(lines);
    }

    @ParameterizedTest
    @ValueSource(strings = {"(Reporting by Will Dunham; Editing by Tom Brown)", "(With inputs from agencies)",
            "(Reporte de Juan Pérez; Editado en español por Ana López)", "(Bericht von Hans Meier, redigiert von Eva Schulz)"})
    void theWiresCreditUnderTheLastParagraphIsTheArticlesLastLine(String credit) {
        Article a = dump(HEADLINE, P1, P2, credit, "Most read", "Saturn's rings are younger than thought");
        assertEquals(List.of(P1, P2, credit), a.body());
    }

    @Test
    void aBracketedLineWithoutTheCreditsWordingIsNot() {
        Article a = dump(HEADLINE, P1, P2, "(Photo gallery: the moons of Saturn)", "Most read", "Saturn's rings are younger than thought");
        assertEquals(List.of(P1, P2), a.body());
    }

    @Test
    void aCreditThatOnlyOpensTheLineIsNot() {
        // The parenthesis closes mid-line: what follows is not the wire's credit.
        String line = "(Reporting by Will Dunham) Read our full coverage of the Cassini mission (in French)";
        assertFalse(dump(HEADLINE, P1, P2, line, "Most read").body().contains(line));
    }

    @Test
    void aCreditFurtherDownThePageIsNot() {
        String credit = "(Reporting by Will Dunham; Editing by Tom Brown)";
        Article a = dump(HEADLINE, P1, P2, "Most read", "Saturn's rings are younger than thought", credit);
        assertEquals(List.of(P1, P2), a.body());
    }
}
