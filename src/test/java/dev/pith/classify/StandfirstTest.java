package dev.pith.classify;

import dev.pith.Article;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StandfirstTest {

    private static final String MENU = "Home | News | Sports";
    private static final String HEADLINE = "Donations to the virus fund keep coming";
    private static final String STANDFIRST = "Residents gave more this week than in any week before. The fund is now twice its target.";
    private static final String DATELINE = "By Lee Yong-min | 2020-03-04 16:52";
    private static final String P1 = "The city and the community chest held a donation ceremony at city hall on Wednesday morning, the third this month.";
    private static final String P2 = "At the ceremony, a local builder and the city sports council each gave five million won to the fund, as they did last year.";
    private static final String P3 = "The mayor said the money would be spent openly and fairly on residents who are struggling because of the virus.";
    private static final String FOOT = "Copyright 2020 Local News. All rights reserved.";

    @Test
    void theSentenceBetweenTheHeadlineAndTheDatelineIsTheLeadNotTheBody() {
        Article a = Pages.cleanDump(MENU, HEADLINE, STANDFIRST, DATELINE, P1, P2, P3, FOOT);
        assertEquals(List.of(P1, P2, P3), a.body());
        assertEquals(HEADLINE, a.title());
        assertEquals(STANDFIRST, a.lead());
    }

    @Test
    void aBylineThatClosesAShortArticleLeavesItsParagraphsInTheBody() {
        Article a = Pages.cleanDump(MENU, HEADLINE, P1, P2, DATELINE, FOOT);
        assertEquals(List.of(P1, P2), a.body());
    }

    @Test
    void paragraphsAboveADateInsideTheTextStay() {
        String p0 = "Officials said on Tuesday that the fund had already reached the target it set for the whole year.";
        Article a = Pages.cleanDump(MENU, HEADLINE, p0, P1, P2, "2020-03-04 16:52", P3, P2.replace("last year", "the year before"), FOOT);
        assertEquals(P1, a.body().get(1), a.body().toString());
        assertEquals(p0, a.body().get(0), "three paragraphs above a date are the article's");
    }

    @Test
    void aLongParagraphAboveTheDatelineIsTheArticlesFirst() {
        String longFirst = "Residents gave more this week than in any week before, and the fund, which opened in February with "
                + "a target of fifty million won, is now twice that, officials said on Tuesday at a briefing at city hall where "
                + "the mayor thanked every donor by name.";
        Article a = Pages.cleanDump(MENU, HEADLINE, longFirst, DATELINE, P1, P2, P3, FOOT);
        assertEquals(List.of(longFirst, P1, P2, P3), a.body());
    }

    @Test
    void aRelatedItemsDateUnderTheFirstParagraphDoesNotCutIt() {
        Article a = Pages.cleanDump(MENU, HEADLINE, DATELINE, P1, "- 2024-11-05 09:20:00", P2, P3, FOOT);
        assertEquals(List.of(P1, P2, P3), a.body());
    }

    @Test
    void aBareDateOrATimelineEntryUnderTheOpeningParagraphsDoesNotCutThem() {
        String s1 = "Schools across the state will stay shut for another two weeks, the governor said on Sunday evening.";
        String s2 = "Parents were told to expect online lessons.";
        for (String stamp : List.of("2024-11-05 09:20:00", "March 16, 2020: Schools close their doors", "It happened on March 3, 2024.")) {
            Article a = Pages.cleanDump(MENU, HEADLINE, s1, s2, stamp, P1, P2, P3, FOOT);
            assertEquals(s1, a.body().get(0), stamp + " -> " + a.body());
        }
    }

    @Test
    void aPhotoBetweenTheStandfirstAndTheStampKeepsTheFirstParagraph() {
        Article a = Pages.cleanDump(MENU, HEADLINE, STANDFIRST, "[photo-council-hall]", P1, DATELINE, P2, P3, FOOT);
        assertEquals(List.of(STANDFIRST, P1, P2, P3), a.body(), "what stands above the stamp is not cut");
    }
}
