package dev.pith.rules;

import dev.pith.Label;
import dev.pith.testing.Pages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TeaserSuffixRuleTest {

    private static Label label(String line) {
        return Pages.labelOf(new TeaserSuffixRule(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Floods force thousands from their homes in the north... Read more",
            "Council approves new budget [more]", "央行宣布下调存款利率 [详细]", "央行宣布下调存款利率详细>>",
            "Giá xăng giảm mạnh trong tuần này... Xem thêm", "Markets rally after the vote Continue reading"})
    void blocksEndingInAMoreLink(String line) {
        assertEquals(Label.TEASER, label(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Read more", "[more]", "He urged children to read more books.", "Teachers say pupils should spread more",
            "The report gives more details."})
    void nearMissesAreNotTeasers(String line) {
        assertNull(label(line), line);
    }
}
