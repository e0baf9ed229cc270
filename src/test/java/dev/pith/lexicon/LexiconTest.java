package dev.pith.lexicon;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexiconTest {

    private final Lexicon lex = Lexicon.builtIn();

    private static List<String> listedLanguages() throws Exception {
        List<String> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream("/dev/pith/lexicon/languages.txt")) {
            assertNotNull(in, "languages.txt on the class path");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    @Test
    void everyListedLanguageLoadsAndEveryPhraseIsFindable() throws Exception {
        List<String> langs = listedLanguages();
        assertTrue(langs.containsAll(List.of("en", "vi", "zh")), langs.toString());
        for (String lang : langs) {
            Lexicon one = Lexicon.load(List.of(lang));
            int phrases = 0;
            java.util.Set<PhraseKind> kinds = java.util.EnumSet.noneOf(PhraseKind.class);
            PhraseKind kind = null;
            try (InputStream in = Lexicon.class.getResourceAsStream("/dev/pith/lexicon/" + lang + ".txt")) {
                assertNotNull(in, lang + ".txt on the class path");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    String t = line.startsWith("#") ? "" : line.strip();
                    if (t.isEmpty()) {
                        continue;
                    }
                    Optional<PhraseKind> header = t.startsWith("[") && t.endsWith("]")
                            ? PhraseKind.fromSection(t.substring(1, t.length() - 1)) : Optional.empty();
                    if (header.isPresent()) {
                        kind = header.get();
                        continue;
                    }
                    assertNotNull(kind, lang + ": phrase before any section: " + t);
                    String norm = PhraseMatcher.normalize(t);
                    Optional<Phrase> p = one.whole(kind, norm);
                    assertTrue(p.isPresent(), lang + ": " + kind + " '" + t + "' not loaded");
                    assertEquals(lang, p.get().language());
                    assertEquals(kind, p.get().kind());
                    phrases++;
                    kinds.add(kind);
                }
            }
            assertTrue(phrases >= 20, lang + " has only " + phrases + " phrases");
            assertTrue(kinds.size() >= 10, lang + " fills only " + kinds);
        }
    }

    @Test
    void builtInHoldsEveryListedLanguage() throws Exception {
        for (String lang : listedLanguages()) {
            Lexicon one = Lexicon.load(List.of(lang));
            for (PhraseKind k : PhraseKind.values()) {
                for (String probe : List.of("source:", "nguồn:", "来源:", "by", "theo", "记者", "photo:", "ảnh:")) {
                    if (one.whole(k, probe).isPresent()) {
                        assertTrue(lex.whole(k, probe).isPresent(), lang + " " + k + " " + probe);
                    }
                }
            }
        }
    }

    @Test
    void eachLanguageContributesPhrases() {
        assertTrue(Lexicon.load(List.of("en")).whole(PhraseKind.TEASER, "related articles").isPresent());
        assertTrue(Lexicon.load(List.of("vi")).whole(PhraseKind.TEASER, "tin liên quan").isPresent());
        assertTrue(Lexicon.load(List.of("zh")).whole(PhraseKind.TEASER, "相关新闻").isPresent());
        assertFalse(Lexicon.load(List.of("en")).whole(PhraseKind.TEASER, "相关新闻").isPresent());
    }

    @Test
    void phrasesRememberTheirLanguage() {
        assertEquals("vi", lex.whole(PhraseKind.TEASER, "tin liên quan").orElseThrow().language());
        assertEquals("'same tag' (en)", lex.whole(PhraseKind.TEASER, "same tag").orElseThrow().quoted());
    }

    @Test
    void chinesePhrasesMatchInBothScripts() {
        // Listed once, in simplified ("相关新闻") or traditional ("掃碼關注") characters.
        assertEquals("zh", lex.whole(PhraseKind.TEASER, "相關新聞").orElseThrow().language());
        assertTrue(lex.whole(PhraseKind.TEASER, "相关新闻").isPresent());
        assertTrue(lex.prefixOf(PhraseKind.CREDIT_PREFIX, "圖/騰訊科技").isPresent());
        assertFalse(Lexicon.load(List.of("ja")).whole(PhraseKind.TEASER, "相關新聞").isPresent(), "only the Chinese lexicon is converted");
    }

    @Test
    void unknownLanguageFails() {
        assertThrows(IllegalStateException.class, () -> Lexicon.load(List.of("xx-no-such")));
    }

    @Test
    void bracketedPhrasesArePhrasesNotHeaders() {
        assertTrue(lex.whole(PhraseKind.TEASER_SUFFIX, "[more]").isPresent());
        assertTrue(lex.whole(PhraseKind.TEASER_SUFFIX, "[详细]").isPresent());
        assertTrue(lex.whole(PhraseKind.TEASER_SUFFIX, "[更多]").isPresent());
        // the phrases after "[more]" still belong to their own section
        assertTrue(lex.contains(PhraseKind.BREADCRUMB_PREFIX, "you are here:"));
        assertEquals(Optional.empty(), PhraseKind.fromSection("more"));
        assertEquals(Optional.empty(), PhraseKind.fromSection("详细"));
        assertEquals(Optional.of(PhraseKind.TEASER_SUFFIX), PhraseKind.fromSection("teaser-suffix"));
        assertEquals(Optional.of(PhraseKind.JOB_TITLE), PhraseKind.fromSection(" Job-Title "));
    }

    @Test
    void fullWidthPhrasesAreNormalisedOnLoad() {
        // "当前位置：" is written with a full-width colon in the file; it is stored normalised
        assertTrue(lex.contains(PhraseKind.BREADCRUMB_PREFIX, "当前位置:"));
        assertFalse(lex.contains(PhraseKind.BREADCRUMB_PREFIX, "当前位置："));
    }

    @Test
    void wholeNeedsTheWholeBlock() {
        assertTrue(lex.whole(PhraseKind.TEASER, "related articles").isPresent());
        assertFalse(lex.whole(PhraseKind.TEASER, "related articles on the flood").isPresent());
    }

    @Test
    void prefixIsTheLongestAtAWordBoundary() {
        assertEquals("by", lex.prefixOf(PhraseKind.BYLINE_PREFIX, "by jane park").orElseThrow().text());
        assertEquals("written by", lex.prefixOf(PhraseKind.BYLINE_PREFIX, "written by jane park").orElseThrow().text());
        assertTrue(lex.prefixOf(PhraseKind.BYLINE_PREFIX, "byzantium fell").isEmpty());
        assertEquals("photo credit:", lex.prefixOf(PhraseKind.CREDIT_PREFIX, "photo credit: jane park").orElseThrow().text());
        assertEquals("记者", lex.prefixOf(PhraseKind.BYLINE_PREFIX, "记者张三").orElseThrow().text());
    }

    @Test
    void suffixAtAWordBoundary() {
        assertEquals("read more", lex.suffixOf(PhraseKind.TEASER_SUFFIX, "floods hit the north read more").orElseThrow().text());
        assertEquals("[more]", lex.suffixOf(PhraseKind.TEASER_SUFFIX, "floods hit the north [more]").orElseThrow().text());
        assertTrue(lex.suffixOf(PhraseKind.TEASER_SUFFIX, "the reporter wrote it twice").isEmpty());
        assertTrue(lex.suffixOf(PhraseKind.TEASER_SUFFIX, "he wanted to spread more").isEmpty()
                || !lex.suffixOf(PhraseKind.TEASER_SUFFIX, "he wanted to spread more").orElseThrow().text().equals("read more"));
    }

    @Test
    void occurrencesAtWordBoundaries() {
        List<Phrase> hits = lex.occurrences(PhraseKind.POLICY,
                "by posting you agree to our terms of service. no personal attacks.");
        List<String> texts = hits.stream().map(Phrase::text).toList();
        assertTrue(texts.containsAll(List.of("terms of service", "personal attacks")), texts.toString());
        assertTrue(lex.occurrences(PhraseKind.POLICY, "the determs of services were signed").isEmpty());
    }
}
