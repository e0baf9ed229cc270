package dev.pith.doc;

import dev.pith.Label;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentTest {

    @Test
    void blocksStatsLanguagesAndCopies() {
        Document doc = Pages.lines("Floods hit the north of the country.", "市政府今天宣布了新的经济措施。",
                "FLOODS  hit the north of the country.");
        assertEquals(3, doc.size());
        assertEquals("floods hit the north of the country.", doc.normalized(0));
        assertEquals("en", doc.language(0).tag());
        assertEquals("zh", doc.language(1).tag());
        assertEquals(-1, doc.firstCopy(0));
        assertEquals(0, doc.firstCopy(2));
        assertTrue(doc.isRepeatedLater(0));
        assertFalse(doc.isRepeatedLater(1));
        assertEquals(7, doc.stats(0).words());
    }

    @Test
    void firstDecisionWinsUnlessOverruled() {
        Document doc = Pages.lines("Related Articles");
        assertFalse(doc.isDecided(0));
        assertNull(doc.label(0));
        assertTrue(doc.decide(0, Label.TEASER, "a", "first"));
        assertFalse(doc.decide(0, Label.NAVIGATION, "b", "second"));
        assertEquals(Label.TEASER, doc.label(0));
        assertTrue(doc.is(0, Label.TEASER));
        doc.overrule(0, Label.BODY, "c", "context");
        assertEquals(new Verdict(Label.BODY, "c", "context"), doc.verdict(0));
    }

    @Test
    void datesFollowTheDayOrder() {
        Document doc = Pages.lines("Cập nhật 11/02/2024");
        assertEquals(LocalDate.of(2024, 2, 11), doc.dates(0).get(0).value());
        doc.dayFirst(d -> false);
        assertEquals(LocalDate.of(2024, 11, 2), doc.dates(0).get(0).value());
    }

    @Test
    void theDayOrderIsDecidedOnceAndOnlyForAnAmbiguousDate() {
        Document doc = Pages.lines("Posted 2024-02-11", "Updated 11/02/2024", "Seen 10/03/2024");
        int[] asked = {0};
        doc.dayFirst(d -> {
            asked[0]++;
            return false;
        });
        assertEquals(LocalDate.of(2024, 2, 11), doc.dates(0).get(0).value());
        assertEquals(0, asked[0], "an unambiguous date needs no decision");
        assertEquals(LocalDate.of(2024, 11, 2), doc.dates(1).get(0).value());
        assertEquals(LocalDate.of(2024, 10, 3), doc.dates(2).get(0).value());
        assertEquals(1, asked[0], "decided once per page");
    }

    @Test
    void aFewWordsInThePagesOwnScriptAreNotCalledForeign() {
        Document doc = Pages.lines("Jürgen Müller",
                "Die Regierung hat am Dienstag beschlossen, die Steuern für kleine Unternehmen im nächsten Jahr deutlich zu senken.",
                "相关新闻");
        assertFalse(doc.isForeign(0, "en"), "a name in Latin letters on an English page");
        assertTrue(doc.isForeign(1, "en"), "a German sentence on an English page");
        assertTrue(doc.isForeign(2, "en"), "a short line in another script");
        Document shortLines = Pages.lines("Fossil Hybrid HR smartwatch for $195", "1- Entenda o propósito da varanda",
                "Der Minister sagte am Dienstag");
        assertFalse(shortLines.isForeign(0, "en"), "a product's name: too few letters to tell a language by");
        assertFalse(shortLines.isForeign(1, "pt"), "a Portuguese heading, whatever the detector makes of it");
        assertFalse(shortLines.isForeign(2, "en"), "five words in the page's script are not enough either");
    }

    @Test
    void warningsAccumulate() {
        Document doc = Pages.lines("x");
        doc.warn("something was cut");
        assertEquals(java.util.List.of("something was cut"), doc.warnings());
    }
}
