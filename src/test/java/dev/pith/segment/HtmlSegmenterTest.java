package dev.pith.segment;

import dev.pith.Limits;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlSegmenterTest {

    private static Segmentation seg(String html) {
        return new HtmlSegmenter(Limits.DEFAULT).segment(html);
    }

    private static List<String> texts(String html) {
        return seg(html).segments().stream().map(Segment::text).toList();
    }

    private static Segment only(String html, String text) {
        return seg(html).segments().stream().filter(s -> s.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no block '" + text + "' in " + texts(html)));
    }

    @Test
    void blockElementsBecomeBlocksInOrder() {
        // A table row is one block with its cells apart, as a text browser lays a table out.
        String html = "<html><body><h1>Floods hit the north</h1><p>Thousands of <b>people</b> left their homes.</p>"
                + "<ul><li>Roads closed</li><li>Schools shut</li></ul><table><tr><td>Cell one</td><td>Cell two</td></tr>"
                + "<tr><td>Cell three</td><td>Cell four</td></tr></table></body></html>";
        assertEquals(List.of("Floods hit the north", "Thousands of people left their homes.", "Roads closed", "Schools shut",
                "Cell one Cell two", "Cell three Cell four"), texts(html));
    }

    @Test
    void headingLevelsAndTags() {
        Segment h = only("<h2>Section title</h2><p>Body</p>", "Section title");
        assertEquals("h2", h.structure().tag());
        assertEquals(2, h.structure().headingLevel());
        assertTrue(h.structure().isMarkup());
        Segment p = only("<h2>Section title</h2><p>Body</p>", "Body");
        assertEquals("p", p.structure().tag());
        assertEquals(0, p.structure().headingLevel());
        assertEquals(-1, p.line());
        assertEquals(1, p.gapBefore());
    }

    @Test
    void textAroundANestedBlockIsSplit() {
        assertEquals(List.of("Intro text", "Inner paragraph", "tail text"),
                texts("<div>Intro text <p>Inner paragraph</p> tail text</div>"));
    }

    @Test
    void brSplitsLines() {
        assertEquals(List.of("Line one", "Line two"), texts("<p>Line one<br>Line two</p>"));
    }

    @Test
    void scriptsStylesAndHiddenElementsAreDropped() {
        String html = "<body><script>var x = 'tracking';</script><style>p{color:red}</style><noscript>Enable JS</noscript>"
                + "<p>Visible paragraph</p><div hidden>Hidden by attribute</div><div aria-hidden=\"true\">Hidden by aria</div>"
                + "<div style=\"display: none\">Hidden by style</div><div style=\"visibility:hidden\">Invisible</div>"
                + "<template><p>Template</p></template><button>Click</button>"
                + "<fieldset><legend>Site search input</legend><input type=\"text\"></fieldset></body>";
        assertEquals(List.of("Visible paragraph"), texts(html), "a form's controls and the legend naming them");
    }

    @Test
    void linkDensity() {
        Segment nav = only("<p><a href=\"/\">Home</a> <a href=\"/w\">World</a></p>", "Home World");
        assertTrue(nav.structure().linkDensity() > 0.8, "density " + nav.structure().linkDensity());
        Segment prose = only("<p>The minister said on Monday that the <a href=\"/b\">budget</a> would pass.</p>",
                "The minister said on Monday that the budget would pass.");
        assertTrue(prose.structure().linkDensity() > 0 && prose.structure().linkDensity() < 0.2,
                "density " + prose.structure().linkDensity());
        Segment none = only("<p>No links here at all.</p>", "No links here at all.");
        assertEquals(0.0, none.structure().linkDensity());
    }

    @Test
    void tokensComeFromClassIdRoleAndSemanticAncestors() {
        String html = "<nav id=\"top-menu\" role=\"navigation\"><div class=\"menu_item  Primary\"><p>Sports</p></div></nav>";
        Segment s = only(html, "Sports");
        assertTrue(s.structure().tokens().containsAll(List.of("nav", "top", "menu", "item", "primary", "navigation")),
                s.structure().tokens().toString());
    }

    @Test
    void classNamesAboveTheElementHoldingTheTextDoNotDescribeItsParagraphs() {
        // A paywall wrapper around the article: its paragraphs are the article, not a subscription prompt.
        String paragraphs = "<p>First paragraph.</p><p>Second paragraph.</p><div class='inline-ad'></div><p>Third paragraph.</p>"
                + "<p>Fourth paragraph.</p><p>Fifth paragraph.</p>";
        String html = "<nav><div class='subscription-content'><div class='body'>" + paragraphs + "</div></div></nav>";
        Segment s = only(html, "Third paragraph.");
        assertTrue(s.structure().tokens().contains("body"), s.structure().tokens().toString());
        assertFalse(s.structure().tokens().contains("subscription"), s.structure().tokens().toString());
        assertTrue(s.structure().tokens().contains("nav"), "a semantic element still counts: " + s.structure().tokens());
    }

    @Test
    void aBoxWithAFewParagraphsKeepsTheNamesAroundIt() {
        // A comment form's notice comes in a few paragraphs of its own; the box around it still names it.
        String html = "<div class='comments-wrap'><div class='header'><p>Welcome to comments.</p><p>Please register.</p>"
                + "<p>Be polite.</p></div></div>";
        Segment s = only(html, "Be polite.");
        assertTrue(s.structure().tokens().containsAll(List.of("header", "comments")), s.structure().tokens().toString());
    }

    @Test
    void aJoinedClassNameCountsWholeAsWellAsByItsParts() {
        Segment s = only("<div class='Author_Bio more-stories box'><p>Jane writes about cities</p></div>", "Jane writes about cities");
        assertTrue(s.structure().tokens().containsAll(List.of("author-bio", "more-stories", "author", "bio", "more", "stories", "box")),
                s.structure().tokens().toString());
        assertFalse(s.structure().tokens().contains("box-more"), s.structure().tokens().toString());
    }

    @Test
    void aClassNameThatSaysNoIsNoEvidenceOfWhatItNames() {
        Segment s = only("<div class='entry-content no-share no_comments notice'><p>The article's paragraph.</p></div>", "The article's paragraph.");
        java.util.Set<String> tokens = s.structure().tokens();
        assertTrue(tokens.containsAll(List.of("entry-content", "content", "no-share", "no-comments", "notice")), tokens.toString());
        assertFalse(tokens.contains("share") || tokens.contains("comments"), tokens.toString());
    }

    @Test
    void inArticleFromArticleMainOrItemprop() {
        assertTrue(only("<article><p>In article</p></article>", "In article").structure().inArticle());
        assertTrue(only("<main><div><p>In main</p></div></main>", "In main").structure().inArticle());
        assertTrue(only("<div itemprop=\"articleBody\"><p>Via itemprop</p></div>", "Via itemprop").structure().inArticle());
        assertFalse(only("<div class=\"article\"><p>Not semantic</p></div><article></article>", "Not semantic").structure().inArticle());
    }

    @Test
    void listTableAndFigureFlags() {
        String html = "<ul><li>List item</li></ul><table><tr><td>Table cell</td></tr></table>"
                + "<figure><img src=x><figcaption>A caption</figcaption></figure><p>Plain</p>";
        Segment li = only(html, "List item");
        assertTrue(li.structure().inList());
        assertTrue(li.bullet());
        assertTrue(li.inList());
        assertTrue(only(html, "Table cell").structure().inTable());
        assertTrue(only(html, "A caption").structure().inFigure());
        Segment p = only(html, "Plain");
        assertFalse(p.structure().inList() || p.structure().inTable() || p.structure().inFigure() || p.bullet());
    }

    @Test
    void tablesThatLayOutThePageAreNotDataTables() {
        // Pages built before CSS hold the whole page in nested tables; their paragraphs are not table data.
        String nested = "<table><tr><td>Menu</td><td><table><tr><td><div>A paragraph of the story.</div>"
                + "</td></tr></table></td></tr></table>";
        assertFalse(only(nested, "A paragraph of the story.").structure().inTable());
        assertFalse(only(nested, "Menu").structure().inTable(), "the outer table holds a table, so it lays out too");
        String presentational = "<table role=\"presentation\"><tr><td>Laid out</td></tr></table>";
        assertFalse(only(presentational, "Laid out").structure().inTable());
        String data = "<div><table><tr><th>Team</th><th>Points</th></tr><tr><td>Reds</td><td>12</td></tr></table></div>";
        assertTrue(only(data, "Reds 12").structure().inTable(), "a table on its own holds data");
    }

    @Test
    void preKeepsItsTextInOneBlock() {
        assertEquals(List.of("line one line two"), texts("<pre>line one\nline two</pre>"));
    }

    @Test
    void deepNestingDoesNotThrow() {
        String html = "<div>".repeat(10_000) + "Deep text" + "</div>".repeat(10_000) + "<p>After</p>";
        Segmentation s = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> seg(html));
        List<String> t = s.segments().stream().map(Segment::text).toList();
        assertTrue(t.contains("Deep text"), t.toString());
        assertTrue(t.contains("After"), t.toString());
    }

    @Test
    void blocksBeyondMaxDepthAreFlattenedIntoTheirAncestor() {
        String html = "<div><div><div><p>deep one</p><p>deep two</p></div></div></div>";
        Segmentation s = new HtmlSegmenter(new Limits(10_000, 100, 2, 1000)).segment(html);
        assertEquals(List.of("deep one deep two"), s.segments().stream().map(Segment::text).toList());
    }

    @Test
    void blocksBeyondMaxDepthKeepTheirText() {
        String html = "<div><div><div><p>deep one</p><p>deep two</p></div></div></div><p>shallow</p>";
        Segmentation s = new HtmlSegmenter(new Limits(10_000, 100, 2, 1000)).segment(html);
        List<String> t = s.segments().stream().map(Segment::text).toList();
        assertEquals(2, t.size(), t.toString());
        assertTrue(t.get(0).startsWith("deep one") && t.get(0).endsWith("deep two"), t.toString());
        assertEquals("shallow", t.get(1));
    }

    @Test
    void blockLimitWarns() {
        Segmentation s = new HtmlSegmenter(new Limits(10_000, 2, 256, 1000)).segment("<p>one</p><p>two</p><p>three</p>");
        assertEquals(List.of("one", "two"), s.segments().stream().map(Segment::text).toList());
        assertEquals(1, s.warnings().size());
        assertTrue(s.warnings().get(0).contains("block limit"));
    }

    @Test
    void longBlockIsTruncatedWithAWarning() {
        Segmentation s = new HtmlSegmenter(new Limits(10_000, 100, 256, 10)).segment("<p>" + "x".repeat(50) + "</p><p>next</p>");
        assertEquals(List.of("xxxxxxxxxx", "next"), s.segments().stream().map(Segment::text).toList());
        assertFalse(s.warnings().isEmpty());
    }

    @Test
    void inputLimitWarns() {
        Segmentation s = new HtmlSegmenter(new Limits(20, 100, 256, 1000)).segment("<p>short</p><p>" + "y".repeat(100) + "</p>");
        assertFalse(s.warnings().isEmpty());
        assertTrue(s.warnings().get(0).contains("truncated"));
    }

    @Test
    void emptyDocument() {
        assertTrue(seg("").segments().isEmpty());
        assertTrue(seg("<html><head><title>Only a title</title></head><body></body></html>").segments().isEmpty());
    }

    @Property(tries = 150)
    void neverThrowsOnArbitraryMarkup(@ForAll("markup") String html) {
        Segmentation s = seg(html);
        assertNotNull(s.segments());
        for (Segment b : s.segments()) {
            assertFalse(b.text().isEmpty());
            assertTrue(b.structure().linkDensity() >= 0 && b.structure().linkDensity() <= 1);
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> markup() {
        net.jqwik.api.Arbitrary<String> piece = net.jqwik.api.Arbitraries.of("<p>", "</p>", "<div>", "</div>", "<a href=x>",
                "</a>", "<li>", "<br>", "<script>", "</script>", "news ", "tin tức ", "新闻", "<", ">", "&amp;", "<table><tr><td>",
                "<div hidden>", "<h1>", "</h1>", " ");
        return piece.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 100)
    void neverThrowsOnArbitraryStrings(@ForAll @Size(max = 300) String html) {
        assertNotNull(seg(html).segments());
    }
}
