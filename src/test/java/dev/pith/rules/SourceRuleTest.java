package dev.pith.rules;

import dev.pith.Label;
import dev.pith.testing.Pages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SourceRuleTest {

    private static Label label(String line) {
        return Pages.labelOf(new SourceRule(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Source: Yonhap", "来源：新华社", "来源:安徽新闻网", "Nguồn: VnExpress", "Sources: Reuters, AFP", "Via Kyodo News"})
    void sourceLines(String line) {
        assertEquals(Label.SOURCE, label(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Source: the ministry said the figures were wrong", "Source:",
            "Source: Officials In The Ministry Of Finance And Planning Said", "Sources say the talks failed. Both sides left.",
            "Via the mountain pass, the convoy reached the town"})
    void nearMissesAreNotSources(String line) {
        assertNull(label(line), line);
    }
}
