package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.testing.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatelineRuleTest {

    private static Document apply(String line) {
        Document doc = Pages.lines(line);
        new DatelineRule().apply(doc);
        return doc;
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-09-22 01:19:30 来源:安徽新闻", "Báo Quốc Tế 11/02/2024", "- 2024-11-05 09:20:00",
            "Published: January 16, 2024", "Thứ Hai, 11/02/2024 10:30 (GMT+7)", "2024年1月16日 09:30", "Обновлено 16 января 2024"})
    void shortLinesBuiltAroundADate(String line) {
        assertEquals(Label.DATELINE, apply(line).label(0), line);
    }

    @Test
    void evidenceNamesTheDate() {
        Document doc = apply("Báo Quốc Tế 11/02/2024");
        assertTrue(doc.verdict(0).evidence().contains("2024-02-11"), doc.verdict(0).evidence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"The agreement, signed on 16 January 2024, will take effect next year after parliament approves it.",
            "Talks began on 16 January 2024. They ended a week later without a deal.",
            "No date in this short line"})
    void sentencesMentioningADateAreNotDatelines(String line) {
        assertNull(apply(line).label(0), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Parliament will vote on the budget on 16 January 2024.",
            "Quốc hội sẽ bỏ phiếu về ngân sách vào ngày 16/01/2024."})
    void oneShortSentenceMentioningADateIsNotADateline(String line) {
        assertNull(apply(line).label(0), line);
    }

    @Test
    void anEmbeddedPostsSignatureInMarkupIsNotADateline() {
        String signature = "— Jane Doe (@janedoe) November 18, 2019";
        String html = "<html><body><blockquote><p>What a day for the city.</p>" + signature + "</blockquote></body></html>";
        Document doc = Pages.html(html);
        new DatelineRule().apply(doc);
        int i = doc.size() - 1;
        assertEquals(signature, doc.text(i));
        assertNull(doc.label(i));
        assertEquals(Label.DATELINE, apply(signature).label(0), "a dump cannot tell whose signature it is");
    }
}
