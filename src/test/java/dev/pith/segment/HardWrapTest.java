package dev.pith.segment;

import dev.pith.Limits;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HardWrapTest {

    private static final String FIRST = "The city council voted on Tuesday to approve a new budget that raises spending on schools and roads by"
            + " a large margin, after members argued for hours about the future of the city and its harbour district.";
    private static final String SECOND = "The mayor said the plan would be put into effect at once and that the first schools would open within"
            + " two years, while the roads would take longer because the contracts still have to be signed by the state.";

    /** {@code text} wrapped greedily at {@code columns}, continuation lines at {@code indent}. */
    private static List<String> wrap(String text, int columns, String firstPrefix, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(firstPrefix);
        boolean empty = true;
        for (String word : text.split(" ")) {
            if (!empty && line.length() + 1 + word.length() > columns) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
                empty = true;
            }
            line.append(empty ? "" : " ").append(word);
            empty = false;
        }
        lines.add(line.toString());
        return lines;
    }

    private static String page(int columns) {
        return String.join("\n", wrap(FIRST, columns, "", "")) + "\n\n" + String.join("\n", wrap(SECOND, columns, "", "")) + "\n";
    }

    private static List<String> texts(String text) {
        return new TextSegmenter(Limits.DEFAULT).segment(text).segments().stream().map(Segment::text).toList();
    }

    @Test
    void theColumnIsReadOffTheDump() {
        for (int columns : new int[] {60, 72, 80, 100}) {
            HardWrap wrap = HardWrap.detect(page(columns));
            assertTrue(wrap.isWrapped(), "not seen as wrapped at " + columns);
            assertTrue(wrap.width() <= columns && wrap.width() >= columns - 6, () -> "column " + wrap.width() + " for " + columns);
        }
    }

    @Test
    void wrappedParagraphsAreJoinedAgain() {
        assertEquals(List.of(FIRST, SECOND), texts(page(72)));
    }

    @Test
    void paragraphsBrokenAtABrowsersLineLimitAreJoinedAgain() {
        // A text browser that does not wrap still breaks a line at its buffer's limit, 1024 columns in lynx.
        List<String> paragraphs = List.of((FIRST + " " + SECOND + " ").repeat(5).strip(), (SECOND + " " + FIRST + " ").repeat(4).strip(),
                (FIRST + " ").repeat(7).strip());
        StringBuilder dump = new StringBuilder("Council approves budget\n\n");
        for (String p : paragraphs) {
            dump.append(String.join("\n", wrap(p, 1024, "", ""))).append("\n\n");
        }
        HardWrap wrap = HardWrap.detect(dump.toString());
        assertTrue(wrap.width() <= 1024 && wrap.width() >= 1000, () -> "column " + wrap.width());
        assertEquals(paragraphs, texts(dump.toString()).subList(1, 4));
    }

    @Test
    void aRuleDrawnAcrossTheLineDoesNotGoOnIntoTheNextLine() {
        String rule = "━".repeat(80);
        String dump = page(80) + rule + "\nvideo: signing day\n" + rule + "\nmore stories\n";
        List<String> texts = texts(dump);
        assertTrue(texts.contains("video: signing day") && texts.contains("more stories"), texts::toString);
    }

    @Test
    void aDumpOfLongParagraphsOneALineIsNotWrapped() {
        String flat = "Council approves budget\n\n" + (FIRST + " " + SECOND + " ").repeat(6) + "\n\n" + (SECOND + " ").repeat(9) + "\n\n"
                + (FIRST + " ").repeat(5) + "\n\n" + (SECOND + " " + FIRST).repeat(3) + "\n";
        assertFalse(HardWrap.detect(flat).isWrapped());
        // Without blank lines, in a script without capitals, paragraphs of about the same length end
        // near one column and the next starts "in lower case"; each ends a sentence with a danda.
        String hindi = "सरकार ने आज नई योजना की घोषणा की और कहा कि इससे किसानों को लाभ होगा";
        StringBuilder packed = new StringBuilder();
        for (int k = 0; k < 6; k++) {
            packed.append((hindi + " ").repeat(8)).append("अ".repeat(k)).append("।\n");
        }
        assertFalse(HardWrap.detect(packed.toString()).isWrapped(), "paragraphs that each end a sentence are not wrapped lines");
    }

    @Test
    void aDumpWithOneParagraphALineIsNotWrapped() {
        String flat = "Council approves budget\n\n" + FIRST + "\n\n" + SECOND + "\n\n  • Home\n  • News\n  • Sports\n";
        assertFalse(HardWrap.detect(flat).isWrapped());
        String packed = (FIRST + "\n" + SECOND + "\n").repeat(3) + "Home\nNews\nSports\n";
        assertFalse(HardWrap.detect(packed).isWrapped(), "paragraphs run together are not wrapped lines");
    }

    @Test
    void shortLinesAndNewItemsStartNewBlocks() {
        String item = "A related story whose headline is long enough to run past the end of its line here";
        String menu = "  • Home\n" + String.join("\n", wrap(item, 72, "  • ", "    ")) + "\n  • Sports\n";
        List<String> t = texts(page(72) + "\n" + menu);
        assertEquals(FIRST, t.get(0));
        assertEquals(List.of("Home", item, "Sports"),
                t.subList(2, 5), "a list item's hanging lines join it; the next bullet starts a new item");
    }

    @Test
    void chineseLinesJoinWithoutASpace() {
        String line = "市议会周二投票批准了一项新的预算，大幅增加了学校和道路的开支，议员们就城市的未来争论了好几个小时。";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            String para = line.repeat(3);
            for (int at = 0; at < para.length(); at += 36) { // 36 wide characters: 72 columns
                text.append(para, at, Math.min(para.length(), at + 36)).append('\n');
            }
            text.append('\n');
        }
        List<String> t = texts(text.toString());
        assertEquals(4, t.size(), t::toString);
        assertEquals(line.repeat(3), t.get(0));
    }

    @Test
    void aNoBreakSpaceIsNotWhereALineCouldHaveBroken() {
        // "rate of" is glued by a no-break space: the browser had to move both words, so the line is full.
        assertTrue(new HardWrap(80).continues("x".repeat(73), 0, "rate\u00a0of methamphetamine use"));
        assertFalse(new HardWrap(80).continues("x".repeat(70), 0, "rate of methamphetamine use"));
    }

    @Test
    void displayWidthCountsWideCharactersTwice() {
        assertEquals(4, HardWrap.widthOf("新闻  "));
        assertEquals(6, HardWrap.widthOf("  News"));
    }

    @Test
    void marksOnALetterTakeNoColumn() {
        // "हिंदी": ह, the vowel sign ि (a spacing mark, one column), the anusvara ं above (none), द, ी.
        assertEquals(4, HardWrap.widthOf("\u0939\u093f\u0902\u0926\u0940"));
        assertEquals(4, HardWrap.widthOf("cafe\u0301"), "a combining accent");
        assertEquals(2, HardWrap.widthOf("a\u200bb"), "a zero-width space");
    }
}
