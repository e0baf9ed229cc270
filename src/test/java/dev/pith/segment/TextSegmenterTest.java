package dev.pith.segment;

import dev.pith.Limits;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextSegmenterTest {

    private static List<Segment> blocks(String text) {
        return new TextSegmenter(Limits.DEFAULT).segment(text).segments();
    }

    private static List<String> texts(String text) {
        return blocks(text).stream().map(Segment::text).toList();
    }

    @Test
    void everyNonBlankLineIsABlockAndBlankLinesCountAsGaps() {
        List<Segment> s = blocks("\nHeadline here\nFirst paragraph.\n\n\nSecond paragraph.\n");
        assertEquals(List.of("Headline here", "First paragraph.", "Second paragraph."), s.stream().map(Segment::text).toList());
        assertEquals(1, s.get(0).gapBefore());
        assertEquals(0, s.get(1).gapBefore());
        assertEquals(2, s.get(2).gapBefore());
        assertEquals(2, s.get(0).line());
        assertEquals(6, s.get(2).line());
        for (int i = 0; i < s.size(); i++) {
            assertEquals(i, s.get(i).index());
            assertEquals(Structure.NONE, s.get(i).structure());
        }
    }

    @Test
    void aPictureGluedToTheParagraphItOpensIsABlockOfItsOwn() {
        assertEquals(List.of("[applewatch]", "Score the watch now for the lowest price ever."),
                texts("[applewatch]Score the watch now for the lowest price ever.\n"));
        assertEquals(List.of("[Most read] Minister resigns"), texts("[Most read] Minister resigns\n"),
                "a bracketed heading with a space inside stays with its line");
        assertEquals(List.of("[photo] A crowd in the square."), texts("[photo] A crowd in the square.\n"),
                "a space after the bracket: the caption rule's to judge");
        assertEquals(List.of("[1]"), texts("[1]\n"));
        assertEquals(List.of("[12]Home"), texts("[12]Home\n"), "a link's number, as lynx writes it");
        assertEquals(List.of("[ab]Text"), texts("[ab]Text\n"), "too short for a file name");
        List<Segment> atLimit = new TextSegmenter(new Limits(Limits.DEFAULT.maxInputChars(), 2, Limits.DEFAULT.maxDepth(), Limits.DEFAULT.maxBlockChars())).segment("First line\n[applewatch]Score the watch now.\n").segments();
        assertEquals(List.of("First line", "[applewatch]Score the watch now."), atLimit.stream().map(Segment::text).toList(),
                "no room for two blocks: the line stays whole");
        assertEquals(0, TextSegmenter.gluedPicture("[]Text"));
        assertEquals(0, TextSegmenter.gluedPicture("[" + "x".repeat(100) + "]Text"), "longer than a file name");
    }

    @Test
    void crlfAndLoneCrAreLineBreaks() {
        assertEquals(List.of("One", "Two", "Three"), texts("One\r\nTwo\rThree\r\n"));
        List<Segment> s = blocks("One\r\n\r\nTwo");
        assertEquals(1, s.get(1).gapBefore());
        assertEquals(3, s.get(1).line());
    }

    @Test
    void nbspOnlyLinesSeparateBlocks() {
        List<Segment> s = blocks("First paragraph.\n\u00a0\u00a0\n \u00a0 \u200b\nSecond paragraph.");
        assertEquals(List.of("First paragraph.", "Second paragraph."), s.stream().map(Segment::text).toList());
        assertEquals(2, s.get(1).gapBefore());
    }

    @Test
    void textIsTrimmedOfUnicodeSpaces() {
        assertEquals(List.of("Giá xăng tăng"), texts("\u00a0\u3000 Giá xăng tăng \u00a0\u200b"));
    }

    @Test
    void bulletsAndIndentedLinesUnderThemAreInList() {
        List<Segment> s = blocks(String.join("\n",
                "Main points:",
                "  • Taxes fall next year",
                "      for families with children",
                "  • Fuel prices are frozen",
                "Officials said more details would follow."));
        assertEquals(5, s.size());
        assertFalse(s.get(0).inList());
        assertTrue(s.get(1).bullet());
        assertTrue(s.get(1).inList());
        assertEquals("Taxes fall next year", s.get(1).text());
        assertFalse(s.get(2).bullet());
        assertTrue(s.get(2).inList(), "indented line under a bullet belongs to the list");
        assertEquals(6, s.get(2).indent());
        assertTrue(s.get(3).bullet());
        assertFalse(s.get(4).inList(), "a line back at the left margin ends the list");
        assertFalse(s.get(4).bullet());
    }

    @Test
    void lineAtBulletIndentEndsTheList() {
        List<Segment> s = blocks("  • Item one\n  Not indented under it\n    and this is not in a list either");
        assertTrue(s.get(0).inList());
        assertFalse(s.get(1).inList());
        assertFalse(s.get(2).inList());
    }

    @Test
    void otherBulletMarks() {
        for (String mark : List.of("•", "◦", "▪", "●", "○", "■", "□", "►", "*")) {
            Segment s = blocks(mark + " Tin thế giới").get(0);
            assertTrue(s.bullet(), mark);
            assertEquals("Tin thế giới", s.text());
        }
    }

    @Test
    void bulletNeedsASpaceAfterIt() {
        Segment s = blocks("*Correction appended").get(0);
        assertFalse(s.bullet());
        assertEquals("*Correction appended", s.text());
        assertNull(TextSegmenter.stripBullet("•x"));
        assertNull(TextSegmenter.stripBullet("•"));
        assertEquals("item", TextSegmenter.stripBullet("•\u00a0item"));
    }

    @Test
    void bareBulletIsAGap() {
        List<Segment> s = blocks("Intro\n  •  \nNext");
        assertEquals(List.of("Intro", "Next"), s.stream().map(Segment::text).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Arsenal      10    7   2   1", "  • [facebook]  [twitter]  [line]  [kakao]",
            "Country   Code   Operator", "HD     THE HOME DEPOT INC.   225.86 -12.99 -5.44%"})
    void cellsSeparatedByRunsOfSpacesAreATableRow(String line) {
        assertTrue(TextSegmenter.isTableRow(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"He left the room.  Then she spoke to the press.  Nobody answered her.",
            "                    Indented text  with one gap",
            "Le procès pour  » vol aggravé  » opposant  le commerçant au colonel a repris ce mercredi devant le tribunal militaire de Conakry, où les deux parties se sont affrontées."})
    void sentenceSpacingIndentationAndProseCellsAreNoTableRow(String line) {
        assertFalse(TextSegmenter.isTableRow(line), line);
    }

    @Test
    void aSentenceBrokenAfterACommaIsOneBlock() {
        assertEquals(List.of("また、その他にも、もとの商品を販売する行為や、権利者の意思に基づくことなく販売する行為は、商標権侵害と判断される場合があります。", "Next paragraph."),
                texts("また、その他にも、\nもとの商品を販売する行為や、\n権利者の意思に基づくことなく販売する行為は、\n商標権侵害と判断される場合があります。\n\nNext paragraph."));
        assertEquals(List.of("Apples, pears and plums,", "Cherries"), texts("Apples, pears and plums,\n  • Cherries"), "a bullet starts a new block");
        assertEquals(List.of("One,", "Two"), texts("One,\n\nTwo"), "and so does a blank line");
    }

    @Test
    void strayMarkupIsRemoved() {
        assertEquals(List.of("Breaking news from the capital", "Second line"),
                texts("<strong>Breaking</strong> news from the capital<br/>\n<strong></strong>\n<p class=\"x\">Second line</p>"));
    }

    @Test
    void comparisonsAreNotMarkup() {
        assertEquals(List.of("if x < y > z then"), texts("if x < y > z then"));
    }

    @Test
    void longLineIsTruncatedWithAWarning() {
        Segmentation s = new TextSegmenter(new Limits(1000, 100, 10, 20)).segment("short\n" + "a".repeat(50) + "\nafter");
        assertEquals(3, s.segments().size());
        assertEquals(20, s.segments().get(1).text().length());
        assertEquals("after", s.segments().get(2).text());
        assertEquals(1, s.warnings().size());
        assertTrue(s.warnings().get(0).contains("line 2"), s.warnings().get(0));
    }

    @Test
    void blockLimitStopsWithAWarning() {
        Segmentation s = new TextSegmenter(new Limits(1000, 2, 10, 100)).segment("one\ntwo\nthree\nfour");
        assertEquals(List.of("one", "two"), s.segments().stream().map(Segment::text).toList());
        assertEquals(1, s.warnings().size());
        assertTrue(s.warnings().get(0).contains("block limit"), s.warnings().get(0));
    }

    @Test
    void inputLimitCutsWithAWarning() {
        Segmentation s = new TextSegmenter(new Limits(10, 100, 10, 100)).segment("0123456789ABCDEF");
        assertEquals(List.of("0123456789"), s.segments().stream().map(Segment::text).toList());
        assertEquals(1, s.warnings().size());
        assertTrue(s.warnings().get(0).contains("truncated"), s.warnings().get(0));
    }

    @Test
    void noWarningsWithinLimits() {
        assertTrue(new TextSegmenter(Limits.DEFAULT).segment("a\nb\nc").warnings().isEmpty());
    }

    @Test
    void emptyAndBlankInput() {
        assertTrue(blocks("").isEmpty());
        assertTrue(blocks("\n\n \u00a0\n\t").isEmpty());
    }

    @Property(tries = 300)
    void blocksAreTrimmedNonEmptyAndIndexed(@ForAll @Size(max = 200) String text) {
        Segmentation seg = new TextSegmenter(Limits.DEFAULT).segment(text);
        assertNotNull(seg.warnings());
        List<Segment> s = seg.segments();
        for (int i = 0; i < s.size(); i++) {
            Segment b = s.get(i);
            assertEquals(i, b.index());
            assertFalse(b.text().isEmpty());
            assertEquals(Whitespace.trim(b.text()), b.text());
            assertFalse(b.text().contains("\n"));
            assertFalse(b.text().contains("\r"));
        }
    }

    @Property(tries = 200)
    void plainLinesComeBackInOrder(@ForAll("words") List<String> lines) {
        List<String> got = texts(String.join("\n", lines));
        assertEquals(lines, got);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<String>> words() {
        return net.jqwik.api.Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).list().ofMaxSize(20);
    }
}
