package dev.pith.segment;

import dev.pith.Limits;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AncestryTest {

    @Test
    void sharedCountsTheCommonElementsFromTheRoot() {
        Ancestry a = new Ancestry(new int[] {0, 1, 2, 3});
        assertEquals(2, a.shared(new Ancestry(new int[] {0, 1, 7})));
        assertEquals(4, a.shared(a));
        assertEquals(0, a.shared(Ancestry.NONE));
    }

    @Test
    void theArrayIsCopied() {
        int[] path = {0, 1};
        Ancestry a = new Ancestry(path);
        path[1] = 9;
        assertEquals(new Ancestry(new int[] {0, 1}), a);
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
