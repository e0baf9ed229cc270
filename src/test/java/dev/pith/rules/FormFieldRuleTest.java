package dev.pith.rules;

import dev.pith.Label;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FormFieldRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"[                    ][Sign Up]", "E-mail:[                    ]", "Search for: [                    ]",
            "Send to Email Address [                    ] Your Name [                    ]", "Nome * [______________]",
            "[ ]I agree that the site can send me the weekly newsletter.", "[*] Non-necessary", "[X] Remember me",
            "( ) Monthly plan", "[ ]", "[                                             ]", "[ ] Beritahu saya pos-pos baru lewat surat elektronik."})
    void aTextBrowsersFormIsNotTheArticle(String line) {
        assertEquals(Label.NAVIGATION, Pages.labelOf(new FormFieldRule(), line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The minister said [the plan] would go ahead in the spring.", "[1] Source: the annual report.",
            "(a) the first condition applies to every member state.", "The ballot paper had an empty box [ ] for each name.",
            "[x]", "x [ ] y", "(*) Las cifras son provisionales y pueden cambiar cuando lleguen los datos de las regiones.",
            "(x) a company that has filed its accounts for the year before."})
    void bracketsInProseAreNot(String text) {
        assertNull(Pages.labelOf(new FormFieldRule(), text), text);
    }

    @Test
    void aLongParagraphThatQuotesAFieldIsNotAForm() {
        String paragraph = "The form asks for a name [          ] and then " + "for a great many other things in turn, ".repeat(8) + "which took an hour.";
        assertNull(Pages.labelOf(new FormFieldRule(), paragraph));
    }

    @Test
    void aDumpsSignUpBoxLeavesTheBody() {
        var article = Pages.cleanDump("The council approved the budget on Monday after a long debate that ran late into the night.",
                "[                    ][Sign Up]", "[ ]I agree that the paper can send me its daily newsletter.",
                "The mayor said the vote showed that the city could still agree on what matters most to it.");
        assertEquals(2, article.body().size(), article.body().toString());
    }
}
