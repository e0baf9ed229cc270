package dev.pith.rules;

import dev.pith.Label;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class HashtagRowRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"#Business #coronavirus #Economy #GDP #Goldman Sachs #India", "tags #Local Markets #Nifty #Sensex",
            "#Северо-Казахстанская область   #Строительство   #Экономика   #Сельское хозяйство", "#Film #Art #Muzike"})
    void aRowOfHashtagsIsNavigation(String row) {
        assertEquals(Label.NAVIGATION, Pages.labelOf(new HashtagRowRule(), row), row);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The campaign spread under #MeToo, #TimesUp and #BelieveWomen within a week.",
            "We reached #1 on the chart, #2 in the UK and #3 in France.", "#Film #Art",
            "#Breaking The council has approved the new budget for the schools in the north. #news #city",
            "Read more: #Film #Art #Muzike", "#Breaking the council approves a new budget for the schools #news #city #local"})
    void proseWithHashtagsOrTooFewIsNot(String text) {
        assertNull(Pages.labelOf(new HashtagRowRule(), text), text);
    }

    @Test
    void aBlockLongerThanARowIsNotReadAsOne() {
        assertNull(Pages.labelOf(new HashtagRowRule(), "#Film #Art #Muzike #" + "x".repeat(700)));
    }
}
