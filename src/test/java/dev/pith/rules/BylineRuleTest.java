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

class BylineRuleTest {

    private static Document apply(String line) {
        Document doc = Pages.lines(line);
        new BylineRule().apply(doc);
        return doc;
    }

    @ParameterizedTest
    @ValueSource(strings = {"By Jane Park and Tom Reyes", "BY MICHAEL LEE", "By Jane Park, Staff Writer",
            "Written by Ana Silva", "记者 张三", "Phóng viên Nguyễn Văn An", "By Jane Park (jane.park@example.com)"})
    void authorLines(String line) {
        assertEquals(Label.BYLINE, apply(line).label(0), line);
    }

    @Test
    void evidenceNamesThePeople() {
        Document doc = apply("By Jane Park and Tom Reyes");
        assertTrue(doc.verdict(0).evidence().contains("Jane Park"), doc.verdict(0).evidence());
        assertTrue(doc.verdict(0).evidence().contains("Tom Reyes"), doc.verdict(0).evidence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"By AP", "Theo TTXVN", "By Associated Press"})
    void organisationLinesAreSources(String line) {
        assertEquals(Label.SOURCE, apply(line).label(0), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"By the end of the year, prices had doubled.", "Byzantium Fell In The Year",
            "Theo báo cáo của bộ, giá xăng sẽ tăng", "By 2030 Emissions Will Fall", "By"})
    void nearMissesAreNotBylines(String line) {
        assertNull(apply(line).label(0), line);
    }

    @Test
    void noBreakSpaceAfterByIsABoundary() {
        assertEquals(Label.BYLINE, apply("By\u00a0Jane Park").label(0));
    }
}
