package dev.pith.text;

import com.ibm.icu.lang.UScript;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextMeasurerTest {

    private final TextMeasurer m = TextMeasurer.create();

    @Test
    void englishWordsAndSentences() {
        TextStats s = m.measure("The council met on Monday. It approved the budget! Will it pass?");
        assertEquals(12, s.words());
        assertEquals(3, s.sentences());
        assertTrue(s.endsSentence());
        assertEquals(UScript.LATIN, s.mainScript());
        assertEquals(1.0, s.mainScriptShare());
    }

    @Test
    void digitsAndPunctuationAreNotWords() {
        TextStats s = m.measure("2024 - 11 / 02 !!");
        assertEquals(0, s.words());
        assertEquals(0, s.sentences());
        assertEquals(8, s.digits());
        assertEquals(0, s.letters());
    }

    @Test
    void aKoreanWordWeighsMoreThanAnEnglishOne() {
        // A Korean word joins a stem with its particles: 세종시와 is "Sejong City and".
        TextStats ko = m.measure("세종시와 모금회는 4일 시청에서 성금 전달식을 개최했다.");
        assertEquals(7, ko.words(), "every word between spaces, 4일 too");
        assertEquals(7 * 1.4, ko.englishWords(), 1e-9);
        TextStats en = m.measure("The city held a ceremony at city hall.");
        assertEquals(en.words(), en.englishWords(), 1e-9);
    }

    @Test
    void chineseIsCountedByIcuNotBySpaces() {
        String zh = "市政府今天宣布了新的经济措施";
        TextStats s = m.measure(zh);
        assertTrue(s.words() >= 4, "words " + s.words());
        assertTrue(s.words() < zh.length(), "words " + s.words());
        assertEquals(UScript.HAN, s.mainScript());
        assertEquals(0.0, s.capitalShare());
    }

    @Test
    void chineseSentencesEndWithIdeographicFullStop() {
        TextStats s = m.measure("市政府今天宣布了新的经济措施。专家认为这些措施有帮助。");
        assertEquals(2, s.sentences());
        assertTrue(s.endsSentence());
    }

    @Test
    void japaneseIsCountedInWords() {
        String ja = "政府は新しい経済対策を発表しました";
        TextStats s = m.measure(ja);
        assertTrue(s.words() >= 4, "words " + s.words());
        assertTrue(s.words() < ja.length());
    }

    @Test
    void japaneseKanaCountTowardsMainScriptShare() {
        TextStats s = m.measure("東京都議会は予算案を可決した");
        assertEquals(UScript.HAN, s.mainScript());
        assertEquals(1.0, s.mainScriptShare(), 1e-9);
    }

    @Test
    void thaiIsCountedInWordsWithoutSpaces() {
        String th = "รัฐบาลประกาศมาตรการเศรษฐกิจใหม่";
        TextStats s = m.measure(th);
        assertTrue(s.words() >= 3, "words " + s.words());
        assertEquals(UScript.THAI, s.mainScript());
    }

    @Test
    void shoutingAndCapitals() {
        TextStats s = m.measure("BY MICHAEL LEE");
        assertTrue(s.isShouting());
        assertEquals(1.0, s.capitalShare());
        TextStats t = m.measure("By Michael Lee and the staff");
        assertFalse(t.isShouting());
        assertEquals(3 / 6.0, t.capitalShare(), 1e-9);
        assertFalse(m.measure("AP").isShouting(), "too few letters to shout");
    }

    @Test
    void mixedScriptShare() {
        TextStats s = m.measure("新闻 news");
        assertEquals(UScript.LATIN, s.mainScript());
        assertEquals(4 / 6.0, s.mainScriptShare(), 1e-9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"It rained.", "Really?", "Stop!", "He said \"yes.\"", "She said “enough.”", "(See the report.)",
            "下雨了。", "「終わりです。」", "真的吗？", "Wait…", "It ended. ", "Xong rồi.\u00a0", "क्या हुआ।"})
    void endsSentence(String text) {
        assertTrue(TextMeasurer.endsSentence(text), text);
        assertTrue(m.measure(text).endsSentence(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Read more", "Source:", "Home > World", "2024-01-16", "\"quoted\"", "", "   ", "Breaking news,",
            "KENNETH P. VOGEL", "They were deported for entering the US. PTI"})
    void doesNotEndSentence(String text) {
        assertFalse(TextMeasurer.endsSentence(text), text);
    }

    @Test
    void emptyText() {
        TextStats s = m.measure("");
        assertEquals(0, s.chars());
        assertEquals(0, s.words());
        assertEquals(0, s.sentences());
        assertFalse(s.endsSentence());
    }

    @Test
    void measurerIsReusable() {
        TextStats a = m.measure("One two three.");
        m.measure("市政府今天宣布了新的经济措施");
        assertEquals(a, m.measure("One two three."));
    }

    @Property(tries = 300)
    void statsAreWithinBounds(@ForAll @Size(max = 200) String text) {
        TextStats s = m.measure(text);
        assertEquals(text.length(), s.chars());
        assertTrue(s.letters() <= text.length());
        assertTrue(s.words() <= text.length());
        assertTrue(s.sentences() <= Math.max(1, s.words()) && s.sentences() >= 0);
        assertTrue(s.mainScriptShare() >= 0 && s.mainScriptShare() <= 1);
        assertTrue(s.upperShare() >= 0 && s.upperShare() <= 1);
        assertTrue(s.capitalShare() >= 0 && s.capitalShare() <= 1);
    }

    @Property(tries = 100)
    void spacedLatinWordsAreCounted(@ForAll("latinWords") java.util.List<String> words) {
        assertEquals(words.size(), m.measure(String.join(" ", words)).words());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<java.util.List<String>> latinWords() {
        return net.jqwik.api.Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10).list().ofMaxSize(30);
    }

    @ParameterizedTest
    @ValueSource(strings = {"یہ خبر ہے\u06d4", "समाप्त\u0965", "ပြီးပါပြီ\u104b", "Վերջ\u0589", "ព័ត៌មាន\u17d4", "བཀྲ་ཤིས\u0f0d"})
    void endsSentenceInOtherScripts(String text) {
        assertTrue(TextMeasurer.endsSentence(text), text);
    }

    @Test
    void anAgencysSignOffAfterTheLastSentenceEndsTheParagraph() {
        TextMeasurer agencies = TextMeasurer.create(java.util.Set.of("PTI", "AFP")::contains);
        assertTrue(agencies.measure("They were deported for entering the US. PTI").endsSentence());
        assertTrue(agencies.measure("The talks resume on Monday. AFP ").endsSentence());
        for (String text : new String[] {"Police arrest a man after a stabbing in the city park. VIDEO", "Meeting with Mr. KIM",
                "Flights to St. LOUIS", "The vote of the PTI"}) {
            assertFalse(agencies.measure(text).endsSentence(), text);
        }
        assertFalse(m.measure("They were deported for entering the US. PTI").endsSentence(), "a measurer that knows no agency");
    }

    @Test
    void aThaiParagraphEndsLikeASentenceWithoutAMarkButAThaiHeadlineDoesNot() {
        String paragraph = "โซ่พลาสติกนิยมใช้ในการกั้นเขตผลิตจากวัสดุพลาสติกคุณภาพดี ทนทานต่อแรงดึงกระชาก ประหยัด รักษาง่าย เหมาะสำหรับใช้งานในโรงงาน";
        String headline = "ข้อควรระวังในการใช้งานโซ่พลาสติก";
        assertTrue(m.measure(paragraph).endsSentence(), paragraph);
        assertFalse(m.measure(headline).endsSentence(), headline);
        for (String longHeadline : new String[] {"ตำรวจจับกุมผู้ต้องหาค้ายาเสพติดรายใหญ่ในจังหวัดเชียงใหม่พร้อมยึดของกลางจำนวนมาก",
                "นายกรัฐมนตรีเดินทางไปเยือนประเทศญี่ปุ่นเพื่อหารือเรื่องการค้าและการลงทุนกับนายกรัฐมนตรีญี่ปุ่น"}) {
            assertFalse(m.measure(longHeadline).endsSentence(), "a headline of twenty words has no clause break: " + longHeadline);
        }
        assertFalse(TextMeasurer.endsSentence(paragraph), "no mark: only the measured length says it");
    }

    /** Japanese blogs end sentences on a predicate or a final particle, without "。". */
    @ParameterizedTest
    @ValueSource(strings = {"最初から急登ですぐに息があがりました", "濡れてると滑ります", "大雄大だ", "見えないよね",
            "わからなかった・・・", "昔の字で書かれている銘板がありなかなかいい感じですね！", "お昼のランチ休憩です」"})
    void endsJapaneseSentenceWithoutFullStop(String text) {
        assertTrue(TextMeasurer.endsSentence(text), text);
    }

    /** Headlines end in a noun, often in katakana; a lone kana or a middle dot is no sentence. */
    @ParameterizedTest
    @ValueSource(strings = {"ギンリョウソウ", "青空とオオヤマレンゲ", "金剛、葛城方面", "岐阜駅前店をオープン", "す", "ニュース・", "Tom Waits",
            "iPhone 12を買ってみた", "あした", "きつね", "みんなのうた"})
    void japaneseHeadlineDoesNotEndSentence(String text) {
        assertFalse(TextMeasurer.endsSentence(text), text);
    }
}
