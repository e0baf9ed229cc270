package dev.pith.segment;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WhitespaceTest {

    @Test
    void webWhitespace() {
        for (char c : new char[]{' ', '\t', '\u00a0', '\u2007', '\u202f', '\u3000', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'}) {
            assertTrue(Whitespace.is(c), Integer.toHexString(c));
        }
        assertFalse(Whitespace.is('a'));
        assertFalse(Whitespace.is('新'));
        assertFalse(Whitespace.is('.'));
    }

    @Test
    void trimRemovesWhatStripMisses() {
        assertEquals("Giá vàng", Whitespace.trim("\u200b\ufeff Giá vàng\u00a0\u200b"));
        assertEquals("", Whitespace.trim("\u00a0\u200b"));
        assertEquals("a \u00a0 b", Whitespace.trim("a \u00a0 b"));
    }

    @Test
    void indentCountsTabsAsFour() {
        assertEquals(0, Whitespace.indent("text"));
        assertEquals(2, Whitespace.indent("  • item"));
        assertEquals(6, Whitespace.indent("\t  x"));
        assertEquals(1, Whitespace.indent("\u00a0x"));
        assertEquals(3, Whitespace.indent("   "));
    }

    @Test
    void collapseMakesOneAsciiSpace() {
        assertEquals("one two three", Whitespace.collapse("  one\u00a0\u00a0two \t\n three \u200b"));
        assertEquals("", Whitespace.collapse(" \u3000 "));
    }

    @Property(tries = 300)
    void collapseHasNoEdgeOrDoubleSpaces(@ForAll @Size(max = 100) String s) {
        String c = Whitespace.collapse(s);
        assertFalse(c.startsWith(" ") || c.endsWith(" ") || c.contains("  "));
        assertEquals(c, Whitespace.collapse(c));
        assertEquals(Whitespace.trim(Whitespace.trim(s)), Whitespace.trim(s));
    }
}
