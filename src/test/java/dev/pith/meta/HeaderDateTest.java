package dev.pith.meta;

import dev.pith.Article;
import dev.pith.Page;
import dev.pith.Pith;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The date printed by the headline, read through the whole pipeline on text pages. */
class HeaderDateTest {

    private static final Pith PITH = Pith.defaults();
    private static final String BODY = """
            The city council voted on Tuesday to approve a new budget that raises spending on schools and roads by a large margin over last year.

            Members argued for hours before the final vote, which passed seven to two after a long debate about the future of the city and its parks.

            The mayor said the plan would be put into effect at once and that the first new schools would open their doors within two years.
            """;

    private static Article clean(String top, String bottom) {
        return PITH.clean(Page.text(top + "\n\n" + BODY + "\n" + bottom));
    }

    @Test
    void aDateLineBelowTheHeadlineDatesTheArticle() {
        Article a = clean("City Times\n\nCouncil approves a bigger budget for schools and roads\n\nMarch 4, 2021 10:15 am", "");
        assertEquals(LocalDateTime.of(2021, 3, 4, 10, 15), a.published());
        assertEquals(1, a.dateEvidence().size());
    }

    @Test
    void aDateLineRightAboveTheHeadlineDatesItToo() {
        Article a = clean("City Times\n\nPolitics | 14.03.2021\n\nCouncil approves a bigger budget for schools and roads", "");
        assertEquals(LocalDate.of(2021, 3, 14), a.published());
    }

    @Test
    void aMastheadsTodayIsNotTheArticlesDate() {
        Article a = clean("City Times\n\nFriday, March 5, 2021 75° Today's Paper\n\nCouncil approves a bigger budget for schools and roads", "");
        assertNull(a.published(), () -> String.valueOf(a.dateEvidence()));
    }

    @Test
    void teasersDatesAfterTheBodyAreNotTheArticlesDate() {
        Article a = clean("City Times\n\nCouncil approves a bigger budget for schools and roads",
                "Related\n\nMayor opens the new bridge\n\nMarch 1, 2021\n\nParks get more money\n\nFebruary 27, 2021");
        assertNull(a.published(), () -> String.valueOf(a.dateEvidence()));
    }

    @Test
    void aSentenceThatMentionsADateIsNoDateLine() {
        Article a = clean("City Times\n\nCouncil approves a bigger budget for schools and roads\n\n"
                + "The council first discussed the budget on January 12, 2021 at a public meeting that ran late into the night and drew a large crowd of parents and teachers", "");
        assertNull(a.published(), () -> String.valueOf(a.dateEvidence()));
    }

    @Test
    void aRelativeTimeIsReadOnlyWithTheFetchTime() {
        String page = "City Times\n\nCouncil approves a bigger budget for schools and roads\n\n3 hours ago\n\n" + BODY;
        assertNull(PITH.clean(Page.text(page)).published(), "no reference time, no relative date");
        OffsetDateTime fetched = OffsetDateTime.of(2024, 1, 16, 10, 30, 0, 0, ZoneOffset.UTC);
        Article a = PITH.clean(Page.text(page).withReferenceTime(fetched));
        assertEquals(OffsetDateTime.of(2024, 1, 16, 7, 30, 0, 0, ZoneOffset.UTC), a.published());
        assertEquals("relative time by the headline (block 2, below the headline)", a.dateEvidence().get(0).source());
    }
}
