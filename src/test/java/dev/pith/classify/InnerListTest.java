package dev.pith.classify;

import dev.pith.Page;
import dev.pith.Pith;
import dev.pith.doc.Document;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InnerListTest {

    private static final String OPENING = "Doctors at the country's public hospitals said on Monday that they would stop work"
            + " unless the government acted at once.";
    private static final List<String> ITEMS = List.of("Hospitals must scale down to emergency mode", "Adequate protective equipment for all",
            "Separate entry and exit points for health workers", "Clean water readily accessible throughout the hospitals",
            "A trained task force for suspected cases");
    private static final List<String> AFTER = List.of(
            "So far, the country has officially reported two cases of the coronavirus, and a third patient is suspected to have"
                    + " been infected with it after a trip abroad.",
            "The health minister said on Tuesday that the government would meet the doctors this week and that most of their"
                    + " demands could be met within days.",
            "Nurses have issued a similar threat, raising the spectre of a total shutdown of the public health system at a time"
                    + " when it is needed most, their union said.");

    private static String page(String intro, String bullet) {
        StringBuilder b = new StringBuilder("Doctors threaten to down tools\n\n").append(OPENING).append("\n\n").append(intro).append("\n\n");
        ITEMS.forEach(item -> b.append(bullet).append(item).append('\n'));
        AFTER.forEach(p -> b.append('\n').append(p).append('\n'));
        return b.append("\nAbout us\nContact us\n").toString();
    }

    @Test
    void aListTheArticleIntroducesDoesNotCutItInTwo() {
        // The opening and the list weigh less than the three paragraphs after it: before, the article
        // lost both, because five short items cost the run as much as a menu does.
        List<String> expected = new ArrayList<>(List.of(OPENING, "The measures they ask for are:"));
        expected.addAll(ITEMS);
        expected.addAll(AFTER);
        assertEquals(expected, Pith.defaults().clean(Page.text(page("The measures they ask for are:", "  • "))).body());
    }

    @Test
    void numberedItemsCountAsBulletedOnesDo() {
        Document doc = Pages.lines("The measures are:", "1. Hospitals must scale down", "2. Protective equipment for all",
                "3. Separate entries", "The minister said the demands could be met within days.");
        BitSet listed = InnerList.of(doc);
        assertEquals(0, listed.nextSetBit(0));
        assertEquals(4, listed.nextClearBit(0), "the introduction and three items, not the sentence after them");
    }

    @Test
    void shortLinesWithoutBulletsOrNumbersAreNoList() {
        Document doc = Pages.lines("Follow us on these sites:", "Our page on the network", "Our channel of videos",
                "The minister said the demands could be met within days.");
        assertTrue(InnerList.of(doc).isEmpty(), "a colon and short lines: the page's links as often as a list");
        assertFalse(Pith.defaults().clean(Page.text(page("The measures they ask for are:", ""))).body().contains(ITEMS.get(0)));
    }

    @Test
    void aOneWordLabelIntroducesNoList() {
        Document doc = Pages.dump("Tags:\n\n  • City council\n  • Budget\n\nThe minister said the demands could be met within days.");
        assertTrue(InnerList.of(doc).isEmpty(), "'Tags:' heads the page's links");
    }

    @Test
    void oneItemIsNoList() {
        Document doc = Pages.dump("He listed what they need:\n\n  • Protective equipment for all\n\n"
                + "The minister said the demands could be met within days.");
        assertTrue(InnerList.of(doc).isEmpty());
    }
}
