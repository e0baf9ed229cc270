package dev.pith.classify;

import dev.pith.Article;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class NumberedSubheadingsTest {

    private static final String HEADLINE = "Five apps that help you make friends while travelling alone";
    private static final String P1 = "Travelling alone does not mean you have to spend every evening on your own, and a few apps make meeting people much easier.";
    private static final String P2 = "The site lists thousands of local groups that meet every week, from hiking clubs to language exchanges, in most large cities.";
    private static final String P3 = "Hosts offer a spare couch or room for a night or two, and many of them are happy to show a guest around their town.";
    private static final String P4 = "Groups for travellers in a city share tips, organise dinners and answer questions from people who have just arrived there.";

    private static Article dump(String... lines) {
        return Pages.cleanDump(lines);
    }

    @Test
    void numberedLinesWithProseBetweenOpenTheArticlesSections() {
        // A picture and its credit under a heading would hide it from Subheadings; the count does not.
        Article a = dump(HEADLINE, P1, "1. Meetup groups", "[meetup]", "Image: meetup.com", P2, "2. Couch hosting", P3,
                "3. Facebook groups", "[groups]", "Image: facebook.com", P4, "Most read", "Contact us");
        assertEquals(List.of(P1, "1. Meetup groups", P2, "2. Couch hosting", P3, "3. Facebook groups", P4), a.body());
    }

    @Test
    void aCountdownToOneIsCountedToo() {
        Article a = dump(HEADLINE, P1, "3. Meetup groups", "Image: meetup.com", P2, "2. Couch hosting", "Image: couch.com", P3,
                "1. Facebook groups", "Image: facebook.com", P4, "Most read", "Contact us");
        assertEquals(List.of(P1, "3. Meetup groups", P2, "2. Couch hosting", P3, "1. Facebook groups", P4), a.body());
    }

    @Test
    void aBrokenCountIsNoEvidence() {
        // Each heading has a credit under it, which hides it from Subheadings: only the count could find it.
        Article a = dump(HEADLINE, P1, "1. Meetup groups", "Image: meetup.com", P2, "5. Couch hosting", "Image: couch.com", P3,
                "9. Facebook groups", "Image: facebook.com", P4, "Most read", "Contact us");
        assertEquals(List.of(P1, P2, P3, P4), a.body());
    }

    @Test
    void aCountThatTurnsRoundOrRunsPastTheArticleIsNoEvidence() {
        Article turning = dump(HEADLINE, P1, "1. Meetup groups", "Image: meetup.com", P2, "2. Couch hosting", "Image: couch.com", P3,
                "1. Facebook groups", "Image: facebook.com", P4, "Most read", "Contact us");
        assertEquals(List.of(P1, P2, P3, P4), turning.body());
        Article last = dump(HEADLINE, P1, "1. Meetup groups", "Image: meetup.com", P2, "2. Couch hosting", "Image: couch.com", P3,
                "3. Facebook groups", "Image: facebook.com", "Most read", "Contact us");
        assertFalse(last.body().contains("1. Meetup groups"), "the last has no prose after it: the article ends above it, and two are no count " + last.body());
    }

    @Test
    void numberedCommentsAndPicturesAreNotHeadings() {
        Article comments = dump(HEADLINE, P1, "1. jane says:", "Image: avatars.com", P2, "2. tom says:", "Image: avatars.com", P3,
                "3. ann says:", "Image: avatars.com", P4, "Most read", "Contact us");
        assertFalse(comments.body().contains("2. tom says:"), comments.body()::toString);
        Article pictures = dump(HEADLINE, P1, "1. [svg][31de74]", P2, "2. [svg][28a8d6]", P3, "3. [svg][0276b5]", P4, "Most read");
        assertFalse(pictures.body().contains("2. [svg][28a8d6]"), pictures.body()::toString);
    }
}
