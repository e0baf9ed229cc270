package dev.pith.segment;

import dev.pith.Limits;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AncestryTest {

    @Test
    void sharedCountsTheCommonElementsFromTheRoot() {
        Ancestry a = Ancestry.of(0, 1, 2, 3);
        assertEquals(2, a.shared(Ancestry.of(0, 1, 7)));
        assertEquals(2, Ancestry.of(0, 1, 7).shared(a));
        assertEquals(4, a.shared(a));
        assertEquals(0, a.shared(Ancestry.NONE));
        assertEquals(Ancestry.of(0, 1), Ancestry.of(0, 1));
        assertEquals("0>1>2>3", a.toString());
    }

    @Test
    void chainsOfADeepPageShareTheirCommonPart() {
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            html.append("<div><p>level ").append(i).append("</p>");
        }
        List<Segment> s = new HtmlSegmenter(Limits.DEFAULT).segment(html.toString()).segments();
        Ancestry deepest = s.get(s.size() - 1).structure().ancestry();
        Ancestry first = s.get(0).structure().ancestry();
        assertEquals(first.depth() - 1, first.shared(deepest), "the first paragraph's div holds all the others");
    }

    @Test
    void blocksOfOneElementShareItAndSiblingsShareTheirParent() {
        List<Segment> s = new HtmlSegmenter(Limits.DEFAULT).segment(
                "<html><body><div><p>one</p><p>two</p></div><aside><p>three</p></aside></body></html>").segments();
        Ancestry one = s.get(0).structure().ancestry();
        Ancestry two = s.get(1).structure().ancestry();
        Ancestry three = s.get(2).structure().ancestry();
        assertEquals(one.depth() - 1, one.shared(two), "two paragraphs share their div");
        assertTrue(one.shared(three) < one.shared(two), "the aside's paragraph shares less");
    }
}
