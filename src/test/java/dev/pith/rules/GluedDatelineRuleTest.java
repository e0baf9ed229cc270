package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class GluedDatelineRuleTest {

    private static final String[] TEASERS = {
        "Indian-origin man pleads guilty to fraud scheme in US NEW YORK: An Indian-origin man has pleaded guilty to a fraud scheme.",
        "UN regrets new US position on legality of settlements UNITED NATIONS: The United Nations said it regrets the decision.",
        "All schools and colleges open again, attendance high NEW DELHI: All schools in the region opened on Monday.",
    };

    private static Document apply(String... lines) {
        Document doc = Pages.lines(lines);
        new GluedDatelineRule().apply(doc);
        return doc;
    }

    @Test
    void aListOfGluedTeasersIsMarked() {
        Document doc = apply(TEASERS);
        for (int i = 0; i < doc.size(); i++) {
            assertEquals(Label.TEASER, doc.label(i), doc.text(i));
        }
    }

    @Test
    void aHeadlinesOwnColonOrDecimalPointDoesNotHideTheGlue() {
        Document doc = apply(
                "Days of the government are numbered: warns cleric KARACHI: A firebrand cleric said on Sunday the talks had failed.",
                "Report says 1.9 million residents may lose citizenship WASHINGTON: A federal commission expressed concern.",
                "Internet to return when officials find it fit to do so: minister NEW DELHI: The minister said on Wednesday.");
        for (int i = 0; i < doc.size(); i++) {
            assertEquals(Label.TEASER, doc.label(i), doc.text(i));
        }
    }

    @Test
    void twoAreNotAList() {
        Document doc = apply(TEASERS[0], TEASERS[1]);
        assertNull(doc.label(0));
    }

    @Test
    void anArticlesOwnDatelineAndSentencesWithCapitalsAreLeftAlone() {
        Document doc = apply("NEW DELHI: The home minister said internet services would return soon.",
                "The report was published by the WHO. It said: cases are falling.",
                "Officials met in the capital on Monday. WASHINGTON: talks went on late.",
                "NEW YORK: Shares rose on Tuesday as investors cheered the results.",
                "The minister said: NEW rules apply. Prices rose 2.5 percent in the year to March.");
        for (int i = 0; i < doc.size(); i++) {
            assertNull(doc.label(i), doc.text(i));
        }
    }
}
