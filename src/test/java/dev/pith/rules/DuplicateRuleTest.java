package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DuplicateRuleTest {

    @Test
    void laterCopiesAreDuplicatesFirstIsUndecided() {
        Document doc = Pages.lines("Rescue teams reach the flooded village.", "Water levels are falling.",
                "RESCUE  teams reach the flooded village.", "Rescue teams reach the flooded village.");
        new DuplicateRule().apply(doc);
        assertEquals(Arrays.asList(null, null, Label.DUPLICATE, Label.DUPLICATE), Pages.labels(doc));
        assertTrue(doc.verdict(2).evidence().contains("0"), doc.verdict(2).evidence());
        assertEquals("duplicate", doc.verdict(3).rule());
    }

    @Test
    void similarButDifferentBlocksAreNotDuplicates() {
        Document doc = Pages.lines("Rescue teams reach the flooded village.", "Rescue teams reach the flooded village on Monday.",
                "Đội cứu hộ đã đến ngôi làng bị ngập.", "Đội cứu hộ đã đến ngôi làng bị ngập lụt.");
        new DuplicateRule().apply(doc);
        assertEquals(Arrays.asList(null, null, null, null), Pages.labels(doc));
    }
}
