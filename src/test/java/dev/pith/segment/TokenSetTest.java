package dev.pith.segment;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenSetTest {

    @Test
    void keepsEachTokenOnceInTheOrderFirstGiven() {
        TokenSet s = TokenSet.copyOf(List.of("entry", "content", "main", "content", "entry", "post"));
        assertEquals(List.of("entry", "content", "main", "post"), new ArrayList<>(s));
        assertEquals(4, s.size());
        assertTrue(s.contains("main"));
        assertFalse(s.contains("nav"));
        assertFalse(s.contains(""));
        assertEquals(Set.of("post", "main", "content", "entry"), s);
        assertEquals(Set.of("post", "main", "content", "entry").hashCode(), s.hashCode());
    }

    @Test
    void tellsApartTokensWithTheSameHash() {
        // "Aa" and "BB" share a hash code, as do all strings made of them.
        List<String> colliding = List.of("AaAa", "AaBB", "BBAa", "BBBB", "AaAa", "BBBB");
        TokenSet s = TokenSet.copyOf(colliding);
        assertEquals(List.of("AaAa", "AaBB", "BBAa", "BBBB"), new ArrayList<>(s));
        assertTrue(s.contains("BBAa"));
        assertFalse(s.contains("AaAaAa"));
    }

    @Test
    void answersAsSetCopyOfForManyTokens() {
        List<String> given = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            given.add("t" + (i * 7 % 101)); // repeats
        }
        TokenSet s = TokenSet.copyOf(given);
        Set<String> expected = new HashSet<>(given);
        assertEquals(expected, s);
        assertEquals(expected.size(), s.size());
        for (int i = 0; i < 200; i++) {
            assertEquals(expected.contains("t" + i), s.contains("t" + i), "t" + i);
        }
    }

    @Test
    void isImmutableAndHoldsNoNull() {
        TokenSet s = TokenSet.copyOf(List.of("nav", "menu"));
        assertThrows(UnsupportedOperationException.class, () -> s.add("x"));
        assertThrows(UnsupportedOperationException.class, () -> s.remove("nav"));
        Iterator<String> it = s.iterator();
        it.next();
        assertThrows(UnsupportedOperationException.class, it::remove);
        assertThrows(NullPointerException.class, () -> TokenSet.copyOf(Arrays.asList("nav", null)));
        assertThrows(NullPointerException.class, () -> s.contains(null));
        assertSame(s, TokenSet.copyOf(s));
        assertSame(TokenSet.EMPTY, TokenSet.copyOf(List.of()));
        assertFalse(TokenSet.EMPTY.contains("nav"));
        assertFalse(TokenSet.EMPTY.iterator().hasNext());
    }

    @Test
    void structureKeepsAnImmutableCopy() {
        List<String> given = new ArrayList<>(List.of("related", "box"));
        Structure st = new Structure("div", 0, 3, 0, new HashSet<>(given), false, false, false, false, Ancestry.NONE);
        given.add("nav");
        assertEquals(Set.of("related", "box"), st.tokens());
        assertThrows(UnsupportedOperationException.class, () -> st.tokens().add("nav"));
        assertSame(st.tokens(), st.withLinkDensity(0.5).tokens());
    }
}
