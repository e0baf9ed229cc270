package dev.pith.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SubstringFinderTest {

    private static List<Integer> found(SubstringFinder f, String text) {
        List<Integer> hits = new ArrayList<>();
        f.search(text, hits::add);
        return hits;
    }

    @Test
    void reportsEachOccurrenceInTheOrderItEnds() {
        SubstringFinder f = SubstringFinder.of(List.of("he", "she", "his", "hers"));
        // "ushers": "she" and "he" end at the same character, the longer first; then "hers".
        assertEquals(List.of(1, 0, 3), found(f, "ushers"));
        assertEquals(List.of(), found(f, "nothing to see"));
    }

    @Test
    void findsStringsOutsideLatinAndNestedInEachOther() {
        SubstringFinder f = SubstringFinder.of(List.of("市政府", "政府", "府今天宣布"));
        assertEquals(List.of(0, 1, 2), found(f, "市政府今天宣布了"));
    }

    @Test
    void aStringTwiceOrEmptyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SubstringFinder.of(List.of("a b", "a b")));
        assertThrows(IllegalArgumentException.class, () -> SubstringFinder.of(List.of("")));
    }

    @Property(tries = 300)
    void findsWhatContainsFinds(@ForAll("needles") List<String> needles, @ForAll("texts") String text) {
        List<String> list = needles;
        TreeMap<Integer, Integer> expected = new TreeMap<>();
        for (int k = 0; k < list.size(); k++) {
            for (int at = text.indexOf(list.get(k)); at >= 0; at = text.indexOf(list.get(k), at + 1)) {
                expected.merge(k, 1, Integer::sum);
            }
        }
        TreeMap<Integer, Integer> actual = new TreeMap<>();
        SubstringFinder.of(list).search(text, k -> actual.merge(k, 1, Integer::sum));
        assertEquals(expected, actual);
    }

    // A small alphabet, so the strings overlap, nest and repeat within the text.
    @Provide
    Arbitrary<List<String>> needles() {
        return Arbitraries.strings().withCharRange('a', 'c').withChars(' ').ofMinLength(1).ofMaxLength(5).list().uniqueElements().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withCharRange('a', 'c').withChars(' ').ofMaxLength(60);
    }
}
