package dev.pith.classify;

import dev.pith.Page;
import dev.pith.Pith;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClosingListTest {

    private static final List<String> PARAGRAPHS = List.of(
            "Doctors at the country's public hospitals said on Monday that they would stop work unless the government acted at once"
                    + " to protect them from the virus.",
            "The doctors warned that if their concerns were not addressed, they would not be able to go on working in wards"
                    + " that lack even the most basic protective equipment.");
    private static final List<String> ITEMS = List.of("Hospitals must scale down to emergency mode", "Adequate protective equipment for all",
            "Separate entry and exit points for health workers", "Clean water readily accessible throughout the hospitals");
    private static final String AFTER = "So far, the country has officially reported two cases of the coronavirus.";

    private static List<String> body(String page) {
        return Pith.defaults().clean(Page.text(page)).body();
    }

    private static String page(String intro) {
        StringBuilder b = new StringBuilder("Doctors threaten to down tools\n\n");
        PARAGRAPHS.forEach(p -> b.append(p).append("\n\n"));
        b.append(intro).append("\n\n");
        ITEMS.forEach(item -> b.append("  • ").append(item).append('\n'));
        return b.append('\n').append(AFTER).append("\n\nAbout us\nContact us\n").toString();
    }

    @Test
    void aListIntroducedOnALineOfItsOwnBelongsToTheArticleAndSoDoesTheSentenceAfterIt() {
        List<String> expected = new ArrayList<>(PARAGRAPHS);
        expected.add("The measures are:");
        expected.addAll(ITEMS);
        expected.add(AFTER);
        assertEquals(expected, body(page("The measures are:")));
    }

    @Test
    void aOneWordLabelDoesNotIntroduceTheArticlesList() {
        List<String> body = body(page("Tags:"));
        assertTrue(body.containsAll(PARAGRAPHS), body.toString());
        assertFalse(body.contains(ITEMS.get(0)), body.toString());
    }
}
