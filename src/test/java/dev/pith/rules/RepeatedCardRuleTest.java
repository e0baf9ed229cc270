package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RepeatedCardRuleTest {

    private static final String EXCERPT = "The coach said the team had worked hard all week and that the players were ready for a long season ahead of them.";

    private static Document apply(List<String> lines) {
        Document doc = Pages.lines(lines.toArray(String[]::new));
        new RepeatedCardRule().apply(doc);
        return doc;
    }

    private static List<String> cards(int n, String closer, boolean dated) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add("Team wins game number " + k + " in overtime");
            out.add(dated ? "November " + (10 + k) + ", 2019 at 5:10 pm" : "Sports desk");
            out.add(EXCERPT);
            out.add(closer);
        }
        return out;
    }

    @Test
    void datedCardsEndingWithTheSameLinkAreTeasersExcerptsIncluded() {
        Document doc = apply(cards(4, "Read More", true));
        for (int i = 0; i < doc.size(); i++) {
            assertEquals(Label.TEASER, doc.label(i), doc.text(i));
        }
    }

    @Test
    void twoCardsAreNotAList() {
        Document doc = apply(cards(2, "Read More", true));
        assertNull(doc.label(2));
    }

    @Test
    void aRepeatedSlotBetweenPlainParagraphsIsLeftAlone() {
        Document doc = apply(cards(4, "Advertisement", false));
        for (int i = 0; i < doc.size(); i++) {
            assertNull(doc.label(i), doc.text(i));
        }
    }

    @Test
    void irregularSpacingIsNoList() {
        List<String> lines = new ArrayList<>(cards(3, "Read More", true));
        lines.addAll(6, List.of(EXCERPT, EXCERPT + " Again.", EXCERPT + " Once more.", EXCERPT + " And more."));
        Document doc = apply(lines);
        assertNull(doc.label(2));
    }
}
