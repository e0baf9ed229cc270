package dev.pith.rules;

import dev.pith.Label;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LinkListRuleTest {

    private static Label label(String line) {
        return Pages.labelOf(new LinkListRule(), line);
    }

    @Test
    void aRowOfLinksJoinedBySeparatorsIsNavigation() {
        assertEquals(Label.NAVIGATION, label("Education - City News - Car Prices - Breaking News - Weather - Live TV - Horoscope"));
        assertEquals(Label.NAVIGATION, label("About us | Contact | Careers | Advertise | Terms"));
        assertEquals(Label.NAVIGATION, label("Политика · Экономика · Спорт · Культура"));
        assertEquals(Label.NAVIGATION, label("首页 | 新闻 | 体育 | 财经 | 娱乐"));
    }

    @Test
    void proseWithDashesIsLeftAlone() {
        assertNull(label("PARIS - The president said on Monday - after a long meeting - that the borders would stay open for now."));
        assertNull(label("The talks - which began in March - ended without a deal - and both sides blamed the other for the failure."));
        assertNull(label("Arsenal 2 - 1 Chelsea"));
    }

    @Test
    void itemsThatAreSentencesOrLongAreNoLinkRow() {
        assertNull(label("Prices rose. | Wages fell. | Rents went up. | Savings shrank."));
        assertNull(label("Home | World | A very long item that reads like a sentence and runs on and on | Sport"));
        assertNull(label("Home | World | Sport"));
    }

    @Test
    void aRowOfHeadlinesIsATeaserTicker() {
        assertEquals(Label.TEASER, label("Mayor says the works were left unfinished by the last council | Referee criticises the video review"
                + " | Search goes on for the missing swimmer | Scientist joins the world academy of sciences"));
        assertEquals(Label.TEASER, label("Minister resigns after the vote on the budget in parliament\u00a0|\u00a0Floods in the north force thousands out"
                + "\u00a0|\u00a0Hotels expect a record season\u00a0|\u00a0Court hears the first witnesses"), "no-break spaces around the bars");
        assertNull(label("The talks which began in March after a long and bitter winter of protests - ended without any deal at all"
                        + " - and both sides blamed each other - for the failure of the whole round"),
                "dashes join clauses in prose, so they do not make a ticker");
        assertNull(label("Minister resigns after the vote. | Floods force thousands out. | Hotels expect a record season. | Court hears witnesses."),
                "sentences, not headlines");
    }

    @Test
    void linkTextsRunTogetherAreNavigation() {
        assertEquals(Label.NAVIGATION, label("HeadlinesSports NewsBusiness NewsIndia NewsWorld NewsHealth & Fitness Tips"));
        assertEquals(Label.NAVIGATION, label("ZurückSport - ÜbersichtRegionalsportLivetickerSpielplan & Tabelle"));
        assertEquals(Label.NAVIGATION, label("ГлавнаяНовостиСпортКультура и искусство"));
    }

    @Test
    void brandNamesInProseAreNoJoins() {
        // MacBook, PowerPoint and YouTube each join two words once; repeating one adds nothing.
        assertNull(label("The new MacBook Pro runs PowerPoint faster than the old MacBook, and YouTube videos play without a stutter."));
        assertNull(label("McDonald's opened an iPhone app in the city, where the company employs 450 people."));
        assertEquals(0, LinkListRule.joins("東京の新しいニュースと天気"));
        assertEquals(2, LinkListRule.joins("MacBook MacBook, PlayStation"));
        assertNull(label("New AirPods, MacBook and PowerPoint updates arrive today."), "a sentence, however many brands");
        assertEquals(3, LinkListRule.joins("ГлавнаяНовостиСпортКультура"));
    }

    @Test
    void aLongLineOfCapitalisedTermsIsAMenu() {
        assertEquals(Label.NAVIGATION, label("Rankings and Research Companies Channelcast Marketing Matters Events Jobs Cloud Storage "
                + "Data Center Internet of Things Managed Services Mobility Networking Security Software Storage Partner Programs "
                + "Solution Provider News Cisco Partner Summit Events"));
        // The same length in sentence case, or a list of credits with commas, is no menu.
        assertNull(label("Rankings and research on companies that sell cloud storage and data center services to the partners "
                + "who run networking and security for small firms in the region and beyond that"));
        assertNull(label("Choreographer Jeong Hye Jin, Director Oh Kyeong Taek, Writer Kyeong Min Seon, Composer Kim Cheol Hwan, "
                + "Art Director Park Dong Woo, Lighting Design Sin Ho, Costume Design Lee Ji Eun"));
    }
}
