package dev.pith.rules;

import dev.pith.Label;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ClockFeedRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "08:45 Council backs the new budget 08:38 Storm closes the mountain passes 08:16 Rail strike called off 08:09 Prices rise again",
            "21:50 Rail strike called off 22:10 Prices rise again 22:45 Storm closes the mountain passes",
            "00:31 Fire in a shop on the main street 00:29 Judge resigns 23:58 Storm closes the passes 23:41 Prices rise again",
            "18:30 市政府宣布新的经济措施 18:12 暴雨导致山区道路封闭 17:55 铁路罢工取消"})
    void headlinesEachAfterATimeInOrderAreAFeed(String block) {
        assertEquals(Label.TEASER, Pages.labelOf(new ClockFeedRule(), block), block);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The train left at 08:45 and reached the border at 10:30, two hours late, and the next one did not leave at all.",
            "08:45 Council backs the new budget 10:38 Storm closes the mountain passes 09:16 Rail strike called off",
            "08:45 Council backs the budget 08:38 Storm closes passes 08:16 Rail strike 08:09 Prices rise 08:30 Judge resigns 08:02 Fire",
            "Kick-off 20:45 2:1 08:30 08:15 08:00",
            "Results: 10:30.5 was the winning time, 10:31.2 second and 10:35.9 third, a new record for the course.",
            "Over the full race he ran 4:05 for the first mile, 4:10 for the second and 4:12 for the third, and still won.",
            "Der Zug fährt um 8:15 in Berlin ab, ist um 9:40 in Hannover und erreicht Köln um 11:05, sagte die Bahn.",
            "4:05 for the first mile, 4:10 for the second, 4:12 for the third and a sprint at the end to win the race."})
    void aParagraphThatNamesTimesIsNoFeed(String block) {
        assertNull(Pages.labelOf(new ClockFeedRule(), block), block);
    }

    @Test
    void aStretchLongerThanAHeadlineIsProse() {
        String sentence = " The council said on Monday that the plan would be put into effect at once, and that the first schools would open"
                + " within two years, while the opposition asked for a review of the costs before any contract is signed.";
        String block = "08:45 Council backs the new budget" + sentence + " 08:38 Storm closes the passes 08:16 Rail strike called off";
        assertNull(Pages.labelOf(new ClockFeedRule(), block));
    }

    @Property(tries = 200)
    void anyHeadlinesAfterFallingTimesAreAFeed(@ForAll @IntRange(min = 3, max = 12) int count, @ForAll @IntRange(min = 0, max = 1000) int start) {
        String block = IntStream.range(0, count)
                .mapToObj(k -> String.format("%02d:%02d Headline number %d of the day", (start + 1440 - 7 * k) % 1440 / 60 % 24,
                        (start + 1440 - 7 * k) % 60, k))
                .collect(Collectors.joining(" "));
        assertEquals(Label.TEASER, Pages.labelOf(new ClockFeedRule(), block), block);
    }
}
