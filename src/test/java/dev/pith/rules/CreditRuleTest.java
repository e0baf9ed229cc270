package dev.pith.rules;

import dev.pith.Label;
import dev.pith.testing.Pages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CreditRuleTest {

    private static Label label(String line) {
        return Pages.labelOf(new CreditRule(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Photo: Jane Park", "Photo by Tom Reyes/Reuters", "Ảnh: Nguyễn Văn An", "图片来源：新华社",
            "JOHN DOE / POOL PHOTO VIA AP", "JANE PARK, GETTY IMAGES", "Evan Vucci / AP", "Rogelio V. Solis/AP",
            "Sanjeev Verma/Hindustan Times/Getty Images", "Universal Images Group via Getty Images",
            "Natalie Naccache | Bloomberg | Getty Images", "Alex Wong | Getty Images", "Michael Conroy, AP"})
    void credits(String line) {
        assertEquals(Label.CREDIT, label(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Photographers gathered outside the court on Tuesday", "PHOTO EXHIBITION OPENS DOWNTOWN.",
            "THE ECONOMY GROWS AGAIN", "A photo of the damaged bridge went viral",
            "Photo: Jane Park. The bridge collapsed at dawn. Rescue teams arrived within the hour.",
            "Leaders met via video link", "https://example.com/news/ap", "/ AP", "Input/output",
            "Sports | Tennis", "Paris, France", "Rates rose, AP reports", ", AP",
            "Israel strikes Gaza | Reuters", "Markets fall again, AP"})
    void nearMissesAreNotCredits(String line) {
        assertNull(label(line), line);
    }
}
