package dev.pith.rules;

import dev.pith.Label;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FurniturePhraseRuleTest {

    private static Label label(String line) {
        return Pages.labelOf(new FurniturePhraseRule(), line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Related Articles|TEASER", "相关新闻|TEASER", "Tin liên quan|TEASER", "Most read:|TEASER", "Same category »|TEASER",
            "Comments|COMMENTS", "评论|COMMENTS", "Bình luận|COMMENTS", "Top rated comments|COMMENTS",
            // with a count it is a link to the comments, not their heading
            "Comments (12)|NAVIGATION", "Bình luận [3]|NAVIGATION", "[ 167 comments ]|NAVIGATION",
            // a Chinese heading in its own brackets, in either script
            "【熱門點閱】|TEASER", "【相关新闻】|TEASER", "「延伸閱讀」|TEASER",
            "Source|SOURCE", "来源|SOURCE", "Nguồn|SOURCE",
            "Home|NAVIGATION", "Back to top|NAVIGATION", "返回顶部|NAVIGATION", "Print  Share  Email|NAVIGATION",
            "Facebook Twitter LinkedIn|NAVIGATION"})
    void wholeBlockPhrases(String line, Label expected) {
        assertEquals(expected, label(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Share prices fell sharply on Monday.", "Related articles were published yesterday by several papers.",
            "Print share email subscribe login register menu", "Home.", "Sources close to the minister declined to comment",
            "相关新闻报道引起广泛关注"})
    void nearMissesAreNotFurniture(String line) {
        assertNull(label(line), line);
    }

    @Test
    void undecorateStripsCountsAndArrows() {
        assertEquals("comments", FurniturePhraseRule.undecorate("comments (12)"));
        assertEquals("same category", FurniturePhraseRule.undecorate("same category »"));
        assertEquals("most read", FurniturePhraseRule.undecorate("most read: 5"));
        assertEquals("covid 19 cases", FurniturePhraseRule.undecorate("covid 19 cases"));
        assertEquals("you may also like", FurniturePhraseRule.undecorate("you may also like..."));
        assertEquals("read more", FurniturePhraseRule.undecorate("read more …"));
        assertEquals("热门点阅", FurniturePhraseRule.undecorate("【热门点阅】"));
        assertEquals("「热门点阅』", FurniturePhraseRule.undecorate("「热门点阅』"), "brackets that do not pair enclose nothing");
        assertEquals("he said it was over.", FurniturePhraseRule.undecorate("he said it was over."), "one full stop is a sentence's, not decoration");
        assertEquals("it was over..", FurniturePhraseRule.undecorate("it was over.."), "two dots are no ellipsis");
        assertEquals("so . . .", FurniturePhraseRule.undecorate("so . . ."), "nor are spaced ones");
        assertEquals("more.", FurniturePhraseRule.undecorate("more.... "), "an ellipsis is three dots: of four, one stays");
        assertEquals("comments", FurniturePhraseRule.undecorate("comments 12...\n"), "an ellipsis, then the count, before a final line break");
    }
}
