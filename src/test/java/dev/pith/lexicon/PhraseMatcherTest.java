package dev.pith.lexicon;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhraseMatcherTest {

    @Test
    void normaliseLowersCollapsesAndFoldsFullWidth() {
        assertEquals("related articles", PhraseMatcher.normalize("  Related \u00a0\t ARTICLES \u200b"));
        assertEquals("来源:新华社", PhraseMatcher.normalize("来源：新华社"));
        assertEquals("(左)", PhraseMatcher.normalize("（左）"));
        assertEquals("abc 123", PhraseMatcher.normalize("ＡＢＣ　１２３"));
        assertEquals("tin liên quan", PhraseMatcher.normalize("Tin Liên Quan"));
        assertEquals("", PhraseMatcher.normalize(" \u00a0 "));
    }

    @Test
    void normaliseComposesLettersOneWay() {
        // An accent typed after its letter, and Devanagari's precomposed nukta letters, which Unicode
        // normalises to letter + nukta.
        assertEquals(PhraseMatcher.normalize("Fot\u00f3"), PhraseMatcher.normalize("Foto\u0301"));
        assertEquals(PhraseMatcher.normalize("\u092a\u0922\u093c\u0947\u0902"), PhraseMatcher.normalize("\u092a\u095d\u0947\u0902"));
    }

    @Test
    void normaliseUsesRootLocale() {
        // Turkish-locale lower-casing would turn I into dotless ı
        assertEquals("istanbul", PhraseMatcher.normalize("ISTANBUL"));
    }

    @Test
    void startsWithRespectsWordBoundaries() {
        assertTrue(PhraseMatcher.startsWith("by jane park", "by"));
        assertFalse(PhraseMatcher.startsWith("byzantium", "by"));
        assertTrue(PhraseMatcher.startsWith("by", "by"));
        assertTrue(PhraseMatcher.startsWith("source: ap", "source:"));
        assertTrue(PhraseMatcher.startsWith("source:ap", "source:"));
        assertFalse(PhraseMatcher.startsWith("theodore smith", "theo"));
    }

    @Test
    void unspacedScriptsHaveNoBoundaries() {
        assertTrue(PhraseMatcher.startsWith("记者张三", "记者"));
        assertTrue(PhraseMatcher.endsWith("央行宣布降息阅读全文", "阅读全文"));
        assertTrue(PhraseMatcher.indexOf("今日天气晴朗", "天气") >= 0);
    }

    @Test
    void endsWithRespectsWordBoundaries() {
        assertTrue(PhraseMatcher.endsWith("floods in the north read more", "read more"));
        assertFalse(PhraseMatcher.endsWith("prices spread more", "read more"));
        assertTrue(PhraseMatcher.endsWith("floods in the north[more]", "[more]"));
    }

    @Test
    void indexOfSkipsMatchesInsideWords() {
        assertEquals(7, PhraseMatcher.indexOf("nearby by jane", "by"));
        assertEquals(-1, PhraseMatcher.indexOf("nearby standby", "by"));
        assertEquals(0, PhraseMatcher.indexOf("ap", "ap"));
        assertEquals(-1, PhraseMatcher.indexOf("", "ap"));
    }

    @Test
    void digitsAreWordCharacters() {
        assertEquals(-1, PhraseMatcher.indexOf("covid19", "covid"));
        assertTrue(PhraseMatcher.indexOf("covid 19", "covid") >= 0);
    }

    @Test
    void accentedLettersAreWordCharacters() {
        assertFalse(PhraseMatcher.startsWith("theoé", "theo"));
        assertTrue(PhraseMatcher.startsWith("theo ttxvn", "theo"));
    }

    @Property(tries = 300)
    void normaliseIsIdempotent(@ForAll @Size(max = 100) String s) {
        String once = PhraseMatcher.normalize(s);
        assertEquals(once, PhraseMatcher.normalize(once));
    }

    @Property(tries = 300)
    void aPhraseSurroundedBySpacesIsFound(@ForAll("word") String before, @ForAll("word") String phrase, @ForAll("word") String after) {
        String text = before + " " + phrase + " " + after;
        int i = PhraseMatcher.indexOf(text, phrase);
        assertTrue(i >= 0);
        assertTrue(PhraseMatcher.startsWith(phrase + " " + after, phrase));
        assertTrue(PhraseMatcher.endsWith(before + " " + phrase, phrase));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> word() {
        return net.jqwik.api.Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    }
}
