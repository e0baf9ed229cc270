package dev.pith.input;

import dev.pith.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatSnifferTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "<!DOCTYPE html><html><body><p>Hi</p></body></html>",
            "  \n<html lang=\"en\"><head></head></html>",
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"></html>",
            "<!-- saved from url=(0040)http://example.com/ -->\n<html><body></body></html>",
            "<head><title>News</title></head>",
            "<div class=\"story\">Text</div>",
            "<p>One paragraph only</p>",
            "<ARTICLE>upper case tag</ARTICLE>",
    })
    void documentStartsAreHtml(String content) {
        assertEquals(Page.Format.HTML, FormatSniffer.sniff(content));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Floods hit the north\n\nThousands of people left their homes on Monday.",
            "<strong>Breaking</strong> The council voted on the budget.\nMore details follow.",
            "<3 to everyone who helped\nThank you",
            "x < y and y > z, the teacher wrote.",
            "",
            "<pre>not a paragraph start</pre> then text",
    })
    void textDumpsAreText(String content) {
        assertEquals(Page.Format.TEXT, FormatSniffer.sniff(content));
    }

    @Test
    void manyStructuralTagsMakeHtml() {
        String s = "Menu <a href=\"/a\">One</a> <a href=\"/b\">Two</a> <span>Three</span> <br> <li>Four</li>";
        assertEquals(Page.Format.HTML, FormatSniffer.sniff(s));
    }

    @Test
    void sevenStructuralTagsAreNotEnough() {
        String s = "Menu <a href=\"/a\">One</a> <a href=\"/b\">Two</a> <span>Three</span> <br> and prose";
        assertEquals(Page.Format.TEXT, FormatSniffer.sniff(s));
    }

    @Test
    void tagsFarIntoATextDumpDoNotMakeHtml() {
        StringBuilder b = new StringBuilder();
        while (b.length() < 5000) {
            b.append("The minister spoke to reporters after the meeting.\n");
        }
        b.append("<div><p><a href=x>a</a></p></div>".repeat(20));
        assertEquals(Page.Format.TEXT, FormatSniffer.sniff(b.toString()));
    }

    @Test
    void contentTypeFormats() {
        assertEquals(Optional.of(Page.Format.HTML), FormatSniffer.fromContentType("text/html; charset=UTF-8"));
        assertEquals(Optional.of(Page.Format.HTML), FormatSniffer.fromContentType("application/xhtml+xml"));
        assertEquals(Optional.of(Page.Format.TEXT), FormatSniffer.fromContentType("text/plain"));
        assertEquals(Optional.of(Page.Format.TEXT), FormatSniffer.fromContentType("TEXT/PLAIN; charset=gbk"));
        assertEquals(Optional.empty(), FormatSniffer.fromContentType("application/json"));
        assertEquals(Optional.empty(), FormatSniffer.fromContentType(null));
    }

    @Test
    void fragmentStartingWithAHeadingIsHtml() {
        assertEquals(Page.Format.HTML, FormatSniffer.sniff("<h1>Floods hit the north</h1>\n<p>Thousands left their homes.</p>\n<p>Rescue teams arrived.</p>"));
        assertEquals(Page.Format.HTML, FormatSniffer.sniff("<style>body{margin:0}</style><h2>Title</h2><p>One.</p><p>Two.</p>"));
    }
}
