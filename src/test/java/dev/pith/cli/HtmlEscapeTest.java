package dev.pith.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlEscapeTest {

    @Test
    void markupAndBothQuotesBecomeReferences() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;R&amp;D&lt;/a&gt;",
                HtmlEscape.escape("<a href=\"x\" title='y'>R&D</a>"));
    }

    @Test
    void controlsAreDroppedButTabsNewlinesAndOtherScriptsStay() {
        assertEquals("a\tb\nc首页 — ok", HtmlEscape.escape("a\tb\r\nc\u0000\u0007\u007f首页 — ok"));
    }
}
