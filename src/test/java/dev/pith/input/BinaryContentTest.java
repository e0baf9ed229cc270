package dev.pith.input;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BinaryContentTest {

    @Test
    void textAndMarkupAreText() {
        assertEquals(Optional.empty(), BinaryContent.reason(""));
        assertEquals(Optional.empty(), BinaryContent.reason("<p>The council met on Monday.</p>\n\t<p>It voted.</p>\r\n".repeat(50)));
        assertEquals(Optional.empty(), BinaryContent.reason("Совет собрался в понедельник. Council met. 議会が開かれた。".repeat(40)));
    }

    @Test
    void controlsAreCountedInAsciiRunsAndOutsideThem() {
        // 1 control in 10 chars is the limit, not over it; 2 in 10 are.
        assertEquals(Optional.empty(), BinaryContent.reason("abc\u0001efghij".repeat(100)));
        assertEquals(Optional.of("input looks binary: 20% of its characters are controls, unassigned or private-use code points"),
                BinaryContent.reason("abc\u0001ef\u007fhij".repeat(100)));
        // Private-use chars between ASCII runs count as junk as well, and the letters after them are still read.
        assertEquals(Optional.of("input looks binary: 33% of its characters are controls, unassigned or private-use code points"),
                BinaryContent.reason("ab\ue000".repeat(100)));
    }

    @Test
    void lettersScatteredOverScriptsAreBinary() {
        // ASCII letters count for Latin like any other: with Latin at a sixth of the letters, none dominates.
        String scattered = "ab αβ жз אב عغ กข ".repeat(30);
        Optional<String> reason = BinaryContent.reason(scattered);
        assertTrue(reason.isPresent());
        assertEquals("input looks binary: its letters are scattered over 6 scripts with none dominant", reason.get());
        // Mostly ASCII letters: Latin dominates.
        assertEquals(Optional.empty(), BinaryContent.reason("abcdefghijklmnop αβ жз אב عغ กข ".repeat(30)));
    }

    @Test
    void onlyTheSampleIsRead() {
        // Junk past the first 64K chars is not read; a pair split by the sample's end is read whole.
        String text = "a".repeat(64 * 1024 - 1) + "\ud83d\ude00" + "\u0001".repeat(100_000);
        assertEquals(Optional.empty(), BinaryContent.reason(text));
    }
}
