package dev.pith.rules;

import dev.pith.Label;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TeaserShapeRuleTest {

    private static Label label(String line) {
        return Pages.labelOf(new TeaserShapeRule(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Floods force thousands from their homes in the north 2024-01-19 08:11",
            "Council approves the new city budget after a long debate | 16/01/2024",
            "Election results delayed again in three provinces Election results delayed again in three provinces"})
    void teaserShapes(String line) {
        assertEquals(Label.TEASER, label(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Officials met on 2024-01-19 to discuss the new budget proposal for the city.",
            "Updated 2024-01-19 08:11", "Floods force thousands from their homes in the north",
            "Election results delayed again."})
    void nearMissesAreNotTeasers(String line) {
        assertNull(label(line), line);
    }

    @Test
    void opensWithRepeat() {
        assertTrue(TeaserShapeRule.opensWithRepeat("markets rally after vote markets rally after vote | business"));
        assertFalse(TeaserShapeRule.opensWithRepeat("go go go go go go go go"), "runs shorter than 12 chars do not count");
        assertFalse(TeaserShapeRule.opensWithRepeat("markets rally after the vote on monday"));
        assertFalse(TeaserShapeRule.opensWithRepeat(""));
    }

    @Test
    void hugeBlocksAreCheckedQuickly() {
        String huge = "ab ".repeat(400_000);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertFalse(TeaserShapeRule.opensWithRepeat(huge)));
    }
}
