package dev.pith.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.DetectedLanguage;
import dev.pith.LanguageDetector;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageVoteTest {
    private final LanguageDetector detector = LanguageDetector.builtIn();

    @Test
    void articleLanguageBeatsALongerSidebarOfShortItems() {
        List<String> blocks = new ArrayList<>();
        String paragraph = "The city council met on Monday evening to discuss the budget for the coming year, "
            + "and after a long debate the members agreed to spend more on schools, parks and public transport.";
        for (int i = 0; i < 4; i++) blocks.add(paragraph);
        String[] links = {"国际新闻今日头条", "经济市场最新动态", "体育比赛精彩回顾", "科技创新前沿报道", "文化艺术生活资讯"};
        int sidebarChars = 0;
        for (int i = 0; i < 150; i++) {
            blocks.add(links[i % links.length]);
            sidebarChars += links[i % links.length].length();
        }
        assertTrue(sidebarChars > 4 * paragraph.length(), "the sidebar must be the longer part");

        List<LanguageVote.Ballot> ballots = new ArrayList<>();
        for (String b : blocks) ballots.add(new LanguageVote.Ballot(detector.detect(b), b.length()));
        DetectedLanguage page = LanguageVote.pick(ballots);
        assertEquals("en", page.tag());
        assertTrue(page.confidence() > 0.5);
    }

    @Test
    void nothingKnownIsUndetermined() {
        assertEquals(DetectedLanguage.UNDETERMINED, LanguageVote.pick(List.of()));
        assertEquals(DetectedLanguage.UNDETERMINED,
            LanguageVote.pick(List.of(new LanguageVote.Ballot(DetectedLanguage.UNDETERMINED, 500))));
    }

    @Test
    void callerWeightCanSilenceABlock() {
        DetectedLanguage fr = new DetectedLanguage("fr", 0.9);
        DetectedLanguage de = new DetectedLanguage("de", 0.9);
        DetectedLanguage page = LanguageVote.pick(List.of(
            new LanguageVote.Ballot(fr, 300, 1.0), new LanguageVote.Ballot(de, 3000, 0.0)));
        assertEquals("fr", page.tag());
    }
}
