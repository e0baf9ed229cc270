package dev.pith.layout;

import dev.pith.Article;
import dev.pith.Page;
import dev.pith.Pith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TitleChooserTest {

    private static final String BODY = "The city council voted on Tuesday to approve a new budget that raises spending on schools and roads by a large margin.\n\n"
            + "Members argued for hours before the final vote, which passed seven to two after a long debate about the future of the city.\n\n"
            + "The mayor said the plan would be put into effect at once and that the first new schools would open within two years.\n";

    /** A contact line right above the body is closer than the headline, but an address is never a headline. */
    @ParameterizedTest
    @ValueSource(strings = {"Contact the newsroom: news@example.com", "Write to us at letters@daily-example.co.uk",
        "More at https://example.com/budget", "Read the plan on www.example.gov"})
    void aLineWithAnAddressIsNotTheHeadline(String contact) {
        Article a = Pith.defaults().clean(Page.text("Council approves a bigger budget for schools\n\n" + contact + "\n\n" + BODY));
        assertEquals("Council approves a bigger budget for schools", a.title());
    }

    @org.junit.jupiter.api.Test
    void theAuthorsNameShownAgainInTheBoxBelowIsNotTheHeadline() {
        Article a = Pith.defaults().clean(Page.text("Council approves a bigger budget for schools\n\nMarla Milling\n\n" + BODY
                + "\nMarla Milling\n\nI am a freelance writer in Asheville, North Carolina, covering health and city politics.\n"));
        assertEquals("Council approves a bigger budget for schools", a.title());
    }
}
