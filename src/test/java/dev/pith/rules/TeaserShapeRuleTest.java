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

    private static final String LONG = "The regional head of the anti-corruption centre was beaten as he parked his car outside his mother's house,"
            + " and a neighbour who heard the shouting chased the attacker away before the ambulance came; he named nobody, and the"
            + " investigators later found a man who had quarrelled with him for years over an accident in which";

    @Test
    void aLongParagraphThatADumpCutMidSentenceIsNoTeaserWhereverItsDateStands() {
        assertNull(label("On 11 February 2019 " + LONG), "opens with a date");
        assertNull(label(LONG + " on 11 February 2019 his son was hurt on a scooter that"), "a date inside");
    }

    @Test
    void aCardWithALongExcerptIsATeaserByTheTimestampItClosesWith() {
        String card = "How far does social security really go if you fall seriously ill and can no longer work? " + LONG + " 9.4.2020 - 00.00";
        assertEquals(Label.TEASER, label(card));
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
