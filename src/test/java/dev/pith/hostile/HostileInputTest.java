package dev.pith.hostile;

import dev.pith.Article;
import dev.pith.Page;
import dev.pith.Pith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Input crafted against the code's regular expressions and loops: long runs of spaces, brackets,
 * digits and separators where the rules look for them. Each must finish quickly (the bound is
 * generous; this is a hang detector, not a speed claim) and return a result.
 */
class HostileInputTest {

    private static final Pith PITH = Pith.defaults();
    private static final int N = 200_000;

    static Stream<Arguments> pages() {
        String spaces = " ".repeat(N);
        return Stream.of(
                Arguments.of("byline with a run of spaces", Page.text("By " + spaces + "x\n\nSome text here.")),
                Arguments.of("source line with a run of separators", Page.text("Source: " + "- ".repeat(N) + "x")),
                Arguments.of("dateline with spaces", Page.text("2024-01-01 " + spaces + "x")),
                Arguments.of("open brackets", Page.text("(".repeat(N) + "\n\n" + "[".repeat(N))),
                Arguments.of("closing bracket tail", Page.text("Text " + "(".repeat(N) + "x)")),
                Arguments.of("digits and slashes", Page.text("1/2/".repeat(N))),
                Arguments.of("digits and dashes", Page.text("2024-".repeat(N))),
                Arguments.of("one long word", Page.text("a".repeat(5 * N))),
                Arguments.of("many words on one line", Page.text("word ".repeat(N))),
                Arguments.of("many short lines", Page.text("x\n".repeat(N))),
                Arguments.of("many bullets", Page.text("  • item\n".repeat(N / 4))),
                Arguments.of("colons and spaces", Page.text(": ".repeat(N) + "x")),
                Arguments.of("title of spaces", Page.html("<html><head><title>a" + spaces + "| b" + spaces + "x</title></head><body><p>Text.</p></body></html>", null)),
                Arguments.of("banner of spaces", Page.text("Site" + " - ".repeat(N) + "x\n\nHeadline of the story here\n\nA paragraph that reads like prose and ends like a sentence.")),
                Arguments.of("deep nesting", Page.html("<div>".repeat(N / 2) + "deep text" + "</div>".repeat(N / 2), null)),
                Arguments.of("huge attribute", Page.html("<p class='" + "a ".repeat(N) + "'>Text of a paragraph.</p>", null)),
                Arguments.of("many tags in text", Page.text("<b>".repeat(N))),
                Arguments.of("json-ld nesting", Page.html("<script type='application/ld+json'>" + "{\"a\":".repeat(N / 10) + "</script><p>x</p>", null)),
                Arguments.of("temperatures", Page.text("1°".repeat(N))),
                Arguments.of("clock times and colons", Page.text("12:00 x ".repeat(N / 4) + "1:".repeat(N))),
                Arguments.of("a feed of clock times", Page.text("00:00 Headline of the hour " + "23:59 Headline of the hour ".repeat(N / 30))),
                Arguments.of("numbered sections", Page.text(numberedSections(N / 10))),
                Arguments.of("hashtags", Page.text("#tag ".repeat(N) + "\n\n" + "#a #b #c\n\n".repeat(N / 10))),
                Arguments.of("NUL bytes", Page.bytes(("Text\u0000with NULs. ".repeat(N / 10)).getBytes(java.nio.charset.StandardCharsets.UTF_8), null, null)),
                Arguments.of("invalid UTF-8", Page.bytes(invalidUtf8(), "text/html; charset=utf-8", null)),
                Arguments.of("megabyte attribute", Page.html("<div data-x='" + "x".repeat(1 << 20) + "'><p>Text of a paragraph here.</p></div>", null)),
                Arguments.of("bracketed lines", Page.text(("[" + "x".repeat(150) + "]\n").repeat(N / 100))),
                Arguments.of("every line ends with a comma", Page.text("word,\n".repeat(N))),
                Arguments.of("a unique short line after every paragraph", Page.text(shortLinesBetweenParagraphs(N / 5))));
    }

    /** Numbered lines between paragraphs, counting 1 to 99 over and over: every one starts or goes on a count. */
    private static String numberedSections(int sections) {
        String para = "A sentence of an article that goes on for a while and then ends. ";
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < sections; k++) {
            b.append(k % 99 + 1).append(". Section heading number ").append(k).append("\n\n").append(para).append("\n\n");
        }
        return b.toString();
    }

    /** Each short line is a possible subheading, which must not be compared with every other block. */
    private static String shortLinesBetweenParagraphs(int pairs) {
        String para = "A sentence of an article that goes on for a while and then ends. ";
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < pairs; k++) {
            b.append(para).append("Item ").append(k).append(" followed.\n\nSection number ").append(k).append(" begins\n\n");
        }
        return b.toString();
    }

    @org.junit.jupiter.api.Test
    void aFiftyMegabytePageIsCutAtALimitAndSaysSo() {
        String para = "A sentence of an article that goes on for a while and then ends. ";
        StringBuilder b = new StringBuilder(50 << 20);
        for (int n = 0; b.length() < 50 << 20; n++) {
            b.append(para).append("Paragraph ").append(n).append(" of many. ").append(para).append("\n\n");
        }
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> PITH.clean(Page.text(b.toString())));
        org.junit.jupiter.api.Assertions.assertFalse(a.warnings().isEmpty(), "a cut page must say so");
        org.junit.jupiter.api.Assertions.assertFalse(a.body().isEmpty());
    }

    @org.junit.jupiter.api.Test
    void aTenMegabyteLineIsCutAndSaysSo() {
        String line = "word ".repeat(2 << 20);
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> PITH.clean(Page.text(line)));
        org.junit.jupiter.api.Assertions.assertTrue(a.warnings().stream().anyMatch(w -> w.contains("truncated")), a.warnings().toString());
    }

    private static byte[] invalidUtf8() {
        byte[] b = new byte[N];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i % 3 == 0 ? 0xC3 : i % 3 == 1 ? 0x28 : 'a'); // lead bytes followed by non-continuations
        }
        return b;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void finishesAndReturnsAResult(String name, Page page) {
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> PITH.clean(page), name);
        assertNotNull(a.language());
    }
}
