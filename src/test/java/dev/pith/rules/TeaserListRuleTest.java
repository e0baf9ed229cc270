package dev.pith.rules;

import dev.pith.Article;
import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TeaserListRuleTest {

    private static Document labelled(String... lines) {
        Document doc = Pages.lines(lines);
        RuleSet.standard().apply(doc);
        return doc;
    }

    @Test
    void headlinesUnderATeaserHeadingAreTeasers() {
        Document doc = labelled("The council met on Monday to discuss the budget for next year.",
                "READ MORE:", "Card skimmers jailed after courier driver tipped off customs",
                "Man charged after alleged skimming incidents at two hospitals",
                "Two more men were charged and arrested following the raid.");
        assertEquals(Label.TEASER, doc.label(2));
        assertEquals(Label.TEASER, doc.label(3));
        assertEquals("teaser-list", doc.verdict(3).rule());
        assertNull(doc.label(4), "the sentence after the box is the article going on");
    }

    @Test
    void theHeadingMayBeInAnotherLanguage() {
        Document doc = labelled("Lue myös:", "Miksi tehdas räjäytti poliittisen keskustelun kaupungissa",
                "Pääministeri vieraili tehtaalla keskiviikkona ja puhui työpaikoista");
        assertEquals(Label.TEASER, doc.label(1));
        assertEquals(Label.TEASER, doc.label(2));
    }

    @Test
    void shortLinesSentencesAndOtherHeadingsAreNotItems() {
        Document doc = labelled("Related:", "Local politics", "City budget", "Officials met on Monday to discuss the new budget proposal.");
        for (int i = 1; i <= 2; i++) {
            assertFalse(doc.verdict(i) != null && "teaser-list".equals(doc.verdict(i).rule()), "a section name is too short: " + doc.text(i));
        }
        assertNull(doc.label(3));
        Document plain = labelled("The vote", "Council approves the new city budget after a long debate");
        assertNull(plain.label(1), "no teaser heading above it: a subheading or a headline, not an item");
    }

    @Test
    void datedCardsUnderTheHeadingAreTeasersCaptionsIncluded() {
        Document doc = labelled("More Stories",
                "In this file photo, a nurse demonstrates a ventilator at a hospital in the city.",
                "Hospitals fear shortage of ventilators for virus patients", "March 17, 2020, 7:31 p.m.",
                "The governor addresses the media about the state's steps at a Friday press conference.",
                "Order allows hospitals to add beds and medical personnel", "March 17, 2020, 7:13 p.m.",
                "The officials pack up the polling place at a church on Tuesday.");
        assertEquals(Label.CAPTION, doc.label(1), "a caption the caption rule knows stays one, and does not end the list");
        for (int i = 2; i <= 5; i++) {
            if (!doc.is(i, Label.DATELINE)) {
                assertEquals(Label.TEASER, doc.label(i), doc.text(i));
                assertEquals("teaser-list", doc.verdict(i).rule());
            }
        }
        assertNull(doc.label(7), "no date closes it: not a card of the list");
    }

    @Test
    void cardsOfAHeadlineAndAnExcerptCutShortAreTeasers() {
        Document doc = labelled("Read also", "Home",
                "Several ministries forbid their staff to join the protests",
                "The staff were told that the protests are banned at present and that those who join them will be fined…",
                "Whom the elite has chosen as the next prime minister",
                "According to our sources, the former speaker went to the capital recently and met...");
        for (int i = 2; i <= 5; i++) {
            assertEquals(Label.TEASER, doc.label(i), doc.text(i));
        }
    }

    @Test
    void datedEntriesWithoutTeaserHeadingAreLeftAlone() {
        Document doc = labelled("Live updates",
                "The governor addresses the media about the state's steps at a Friday press conference.",
                "Order allows hospitals to add beds and medical personnel", "March 17, 2020, 7:13 p.m.",
                "The officials pack up the polling place at a church on Tuesday.",
                "Primary election delayed in three counties", "March 17, 2020, 6:29 p.m.");
        assertNull(doc.label(1), "a live blog's entries have the same shape; only the heading tells them apart");
        assertNull(doc.label(4));
    }

    @Test
    void theArticlesHeadlineRightUnderAListAtTheTopStaysItsTitle() {
        Article a = Pages.cleanDump("You may also like", "Stocks in Tokyo rise sharply after the holiday",
                "An international fair opens in Moscow this week", "The Doobie Brothers plan a 50th anniversary tour",
                "The Doobie Brothers will look to ride a potential Rock and Roll Hall of Fame induction into a 50th "
                        + "anniversary tour in 2020, and the band will do it with singer Michael McDonald for the first time in years.",
                "The tour starts in the spring and takes in more than forty cities, the band's manager said on Tuesday, "
                        + "and tickets go on sale next week.");
        assertEquals("The Doobie Brothers plan a 50th anniversary tour", a.title());
        assertEquals(2, a.body().size());
    }

    @Test
    void oneLineUnderTheHeadingIsNoList() {
        Document doc = labelled("Related articles", "Council approves the new city budget after a long debate",
                "The city council approved the budget on Monday after a debate that lasted most of the night.");
        assertNull(doc.label(1), "as likely the article's own headline as a box of one link");
    }

    @Test
    void theListEndsAfterAHandfulOfItems() {
        List<String> lines = new ArrayList<>(List.of("Read more"));
        lines.addAll(Collections.nCopies(TeaserListRule.MAX_ITEMS + 3, "x"));
        for (int i = 1; i < lines.size(); i++) {
            lines.set(i, "Headline number " + i + " about the city council budget vote");
        }
        Document doc = labelled(lines.toArray(String[]::new));
        long items = java.util.stream.IntStream.range(0, doc.size())
                .filter(i -> doc.verdict(i) != null && "teaser-list".equals(doc.verdict(i).rule())).count();
        assertEquals(TeaserListRule.MAX_ITEMS, items);
    }

    @Test
    void inHtmlTheLinksSpeakInstead() {
        Document doc = Pages.html("<p>Read more:</p><p>Card skimmers jailed after courier driver tipped off customs</p>"
                + "<p>Man charged after alleged skimming incidents at two hospitals</p>"
                + "<p>Suspect still at large after thefts from the cars of doctors and nurses</p>");
        RuleSet.standard().apply(doc);
        for (int i = 0; i < doc.size(); i++) {
            assertFalse(doc.verdict(i) != null && "teaser-list".equals(doc.verdict(i).rule()), doc.text(i));
        }
    }

    @Test
    void aReadMoreBoxBetweenParagraphsLeavesTheArticleWhole() {
        // Short sentences above the box, as a news site's opening often is: without the rule the box's
        // lines cost the run more than these sentences bring, and the article lost its opening.
        String[] first = {"Three men have been charged in relation to an investigation into card skimming in the city.",
                "Last Thursday, police found a man who was using a skimmed bank card at a cash machine.",
                "A man was arrested and charged, police said on Friday afternoon.",
                "The next morning police searched two houses where the cards had allegedly been used."};
        String[] box = {"READ MORE:", "Card skimmers jailed after courier driver tipped off customs",
                "Man charged after alleged skimming incidents at two hospitals",
                "Suspect still at large after thefts from the cars of doctors and nurses"};
        String[] rest = {"Two more men, aged 33 and 50, were charged and arrested following this, and they were "
                + "remanded in custody until their next appearance in the district court.",
                "A detective said the cards involved were allegedly linked to skimming devices used at car parks, "
                + "and he asked anyone who had used those machines in the past month to check their statements.",
                "Using contactless and digital payment technology was another good way to keep safe, the detective "
                + "said, because a card that never leaves its owner's hand cannot be copied by such a device."};
        List<String> page = new ArrayList<>();
        Collections.addAll(page, "News", "Crime", "Sport", "Weather");
        Collections.addAll(page, first);
        Collections.addAll(page, box);
        Collections.addAll(page, rest);
        Article a = Pages.cleanDump(page.toArray(String[]::new));
        List<String> expected = new ArrayList<>(List.of(first));
        expected.addAll(List.of(rest));
        assertEquals(expected, a.body());
        assertTrue(a.body().stream().noneMatch(p -> p.startsWith("Card skimmers")));
    }
}
