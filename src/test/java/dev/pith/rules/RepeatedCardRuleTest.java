package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RepeatedCardRuleTest {

    private static final String EXCERPT = "The coach said the team had worked hard all week and that the players were ready for a long season ahead of them.";

    private static Document apply(List<String> lines) {
        Document doc = Pages.lines(lines.toArray(String[]::new));
        new RepeatedCardRule().apply(doc);
        return doc;
    }

    private static List<String> cards(int n, String closer, boolean dated) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add("Team wins game number " + k + " in overtime");
            out.add(dated ? "November " + (10 + k) + ", 2019 at 5:10 pm" : "Sports desk");
            out.add(EXCERPT);
            out.add(closer);
        }
        return out;
    }

    @Test
    void datedCardsEndingWithTheSameLinkAreTeasersExcerptsIncluded() {
        Document doc = apply(cards(4, "Read More", true));
        for (int i = 0; i < doc.size(); i++) {
            assertEquals(Label.TEASER, doc.label(i), doc.text(i));
        }
    }

    private static List<String> picturedExcerpts(boolean pictured) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            out.add("Markets edge higher as banks gain " + k);
            if (pictured) {
                out.add("[img" + (1578914828 + k) + "]");
            }
            out.add("Equity benchmark indices traded on a positive note during early hours on Monday as global investors waited for ...");
        }
        return out;
    }

    @Test
    void headlinesWithAPictureAndAnExcerptCutShortAreTeasers() {
        Document doc = Pages.lines(picturedExcerpts(true).toArray(String[]::new));
        new PlaceholderRule().apply(doc);
        new RepeatedCardRule().apply(doc);
        for (int i = 0; i < doc.size(); i++) {
            if (!doc.is(i, Label.MEDIA)) {
                assertEquals(Label.TEASER, doc.label(i), doc.text(i));
            }
        }
        Document unpictured = Pages.lines(picturedExcerpts(false).toArray(String[]::new));
        new PlaceholderRule().apply(unpictured);
        new RepeatedCardRule().apply(unpictured);
        assertNull(unpictured.label(1), "without a picture, link or date, paragraphs trailing off are left alone");
    }

    @Test
    void aPictureBesideARepeatedSlotIsNoCard() {
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            lines.addAll(List.of(EXCERPT, "[photo" + k + "]", "Advertisement"));
        }
        Document doc = Pages.lines(lines.toArray(String[]::new));
        new PlaceholderRule().apply(doc);
        new RepeatedCardRule().apply(doc);
        assertNull(doc.label(0));
    }

    @Test
    void twoCardsAreNotAList() {
        Document doc = apply(cards(2, "Read More", true));
        assertNull(doc.label(2));
    }

    @Test
    void aRepeatedSlotBetweenPlainParagraphsIsLeftAlone() {
        Document doc = apply(cards(4, "Advertisement", false));
        for (int i = 0; i < doc.size(); i++) {
            assertNull(doc.label(i), doc.text(i));
        }
    }

    @Test
    void irregularSpacingIsNoList() {
        List<String> lines = new ArrayList<>(cards(3, "Read More", true));
        lines.addAll(6, List.of(EXCERPT, EXCERPT + " Again.", EXCERPT + " Once more.", EXCERPT + " And more."));
        Document doc = apply(lines);
        assertNull(doc.label(2));
    }

    @Test
    void aHeadingBetweenTwoListsOfTheSameCardsLeavesBothLists() {
        List<String> lines = new ArrayList<>(cards(3, "Read More", true));
        lines.addAll(List.of("More news from the sports desk", "More news from the sports desk", "Sports desk"));
        lines.addAll(cards(3, "Read More", true));
        Document doc = apply(lines);
        for (int i : new int[] {2, 10, 17, 25}) {
            assertEquals(Label.TEASER, doc.label(i), doc.text(i));
        }
    }

    @Test
    void closersAtTwoSpacingsAreNoList() {
        // Cards of two kinds (one with a date line, one without) mixed: the spacing alternates.
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            lines.addAll(List.of("Team wins game number " + k + " in overtime", "November " + (10 + k) + ", 2019", EXCERPT, "Read More"));
            lines.addAll(List.of("Coach resigns after game " + k, "Read More"));
        }
        Document doc = apply(lines);
        assertNull(doc.label(2), doc.text(2));
    }

    @Test
    void theSameLinkInAMenuFarAboveDoesNotBreakUpTheList() {
        List<String> lines = new ArrayList<>(List.of("Read More", "Home", "World", "Sport", "Business", "Culture",
                "Opinion", "Weather", "Travel", "Science", "Health", "Video"));
        lines.addAll(cards(4, "Read More", true));
        Document doc = apply(lines);
        assertNull(doc.label(0), "the menu's link is not a card");
        for (int i = lines.size() - 16; i < doc.size(); i++) {
            assertEquals(Label.TEASER, doc.label(i), doc.text(i));
        }
    }

    @Test
    void cardsEndingWithAnExcerptCutShortAreTeasers() {
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            lines.add("Council votes on budget plan number " + k);
            lines.add("March " + (3 + k) + ", 2020");
            lines.add("The council met on Tuesday evening to discuss the budget, and members said the plan would...");
        }
        Document doc = apply(lines);
        for (int i = 0; i < doc.size(); i++) {
            assertEquals(Label.TEASER, doc.label(i), doc.text(i));
        }
        assertEquals("repeated-card", doc.verdict(0).rule());
    }

    @Test
    void paragraphsTrailingOffInAnArticleAreNoList() {
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            lines.add(EXCERPT);
            lines.add("She paused, looked at the empty stands, and said only that next year would be different...");
        }
        Document doc = apply(lines);
        for (int i = 0; i < doc.size(); i++) {
            assertNull(doc.label(i), doc.text(i));
        }
    }

    @Test
    void theFirstCardDoesNotReachBackIntoTheParagraphAboveTheList() {
        List<String> lines = new ArrayList<>(List.of(EXCERPT));
        for (int k = 0; k < 5; k++) {
            lines.add("Team wins game number " + k + " in overtime");
            lines.add("November " + (10 + k) + ", 2019");
            if (k % 2 == 1) {
                lines.add(EXCERPT + " Card " + k + ".");
            }
            lines.add("Read More");
        }
        Document doc = apply(lines);
        assertNull(doc.label(0), "the article's last paragraph");
        assertEquals(Label.TEASER, doc.label(1));
    }
}
