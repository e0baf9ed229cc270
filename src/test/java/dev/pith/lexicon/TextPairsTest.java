package dev.pith.lexicon;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextPairsTest {

    @Test
    void eachPairOnceInTheOrderFirstSeen() {
        TextPairs p = TextPairs.of("abab c");
        // "ab", "ba", "ab" again, "b ", " c"
        assertEquals(4, p.size());
        assertEquals(TextPairs.bit('a', 'b'), p.bitAt(0));
        assertEquals(TextPairs.bit('b', 'a'), p.bitAt(1));
        assertEquals(TextPairs.bit('b', ' '), p.bitAt(2));
        assertEquals(TextPairs.bit(' ', 'c'), p.bitAt(3));
        assertTrue(p.has(TextPairs.bit('b', 'a')));
        assertFalse(p.has(TextPairs.bit('c', 'a')));
        assertEquals("abab c", p.text());
    }

    @Test
    void shortTextsHaveNoPairs() {
        assertEquals(0, TextPairs.of("").size());
        assertEquals(0, TextPairs.of("a").size());
        assertEquals(1, TextPairs.of("中文").size());
    }

    @Test
    void occurrencesAreTheSameFromTheTextOrItsPairs() {
        Lexicon lex = Lexicon.builtIn();
        String text = "by posting you agree to our terms of service. no personal attacks.";
        // The phrases a reader finds in the text, in lexicon order (PhraseIndexTest checks the order against asking every phrase).
        List<String> found = lex.occurrences(PhraseKind.POLICY, TextPairs.of(text)).stream().map(Phrase::text).toList();
        assertTrue(found.contains("terms of service") && found.contains("personal attacks"), found.toString());
        assertTrue(lex.occurrences(PhraseKind.POLICY, TextPairs.of("the council met on monday.")).isEmpty());
    }
}
