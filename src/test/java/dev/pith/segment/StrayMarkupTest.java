package dev.pith.segment;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrayMarkupTest {

    @Test
    void inlineTagsAreRemoved() {
        assertEquals("Breaking news today", StrayMarkup.strip("<strong>Breaking</strong> news <em class=\"x\">today</em>"));
        assertEquals("", StrayMarkup.strip("<strong></strong>"));
        assertEquals("Tin mới", StrayMarkup.strip("<B>Tin</B> <SPAN style=\"color:red\">mới</SPAN>"));
        assertEquals("a link", StrayMarkup.strip("a <a href=\"https://example.com/x?a=1&b=2\">link</a>"));
    }

    @Test
    void textWithoutTagsIsReturnedAsIs() {
        String s = "No tags here at all";
        assertSame(s, StrayMarkup.strip(s));
    }

    @Test
    void nonTagsAreKept() {
        assertEquals("x < y > z", StrayMarkup.strip("x < y > z"));
        assertEquals("<3 thanks", StrayMarkup.strip("<3 thanks"));
        assertEquals("use <table> for data", StrayMarkup.strip("use <table> for data"));
        assertEquals("<custom-tag>", StrayMarkup.strip("<custom-tag>"));
    }

    @Test
    void lineBreakTagsDoNotGlueWords() {
        String out = StrayMarkup.strip("Line one<br/>Line two");
        assertTrue(out.contains("one Line") || out.contains("one\nLine"), out);
        String p = StrayMarkup.strip("<p>First.</p><p>Second.</p>");
        assertTrue(!p.contains(".S"), p);
    }

    @Test
    void linearOnHostileInput() {
        String hostile = "<span ".repeat(200_000) + "<b" + " x".repeat(200_000);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> StrayMarkup.strip(hostile));
    }

    @Property(tries = 300)
    void stripNeverGrowsAndIsIdempotentOnTagFreeText(@ForAll @Size(max = 120) String s) {
        String out = StrayMarkup.strip(s);
        assertTrue(out.length() <= s.length());
        if (s.indexOf('<') < 0) {
            assertEquals(s, out);
        }
    }
}
