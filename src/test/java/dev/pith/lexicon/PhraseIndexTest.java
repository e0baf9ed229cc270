package dev.pith.lexicon;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PhraseIndexTest {

    private static PhraseIndex index(String... phrases) {
        Map<String, Phrase> byText = new LinkedHashMap<>();
        for (String p : phrases) {
            byText.put(p, new Phrase(p, PhraseKind.POLICY, "en"));
        }
        return new PhraseIndex(byText);
    }

    /** What occurrences must answer: every phrase found at word boundaries, in the index's order. */
    private static List<String> everyPhraseAsked(String[] phrases, String text) {
        List<String> out = new ArrayList<>();
        for (String p : phrases) {
            if (PhraseMatcher.indexOf(text, p) >= 0) {
                out.add(p);
            }
        }
        return out;
    }

    private static List<Phrase> occurrences(PhraseIndex index, String text) {
        return index.occurrences(TextPairs.of(text));
    }

    private static List<String> texts(List<Phrase> phrases) {
        return phrases.stream().map(Phrase::text).toList();
    }

    @Test
    void occurrencesInLexiconOrderWhereverTheirPairsAre() {
        // "the" and "he" share their pairs with many texts; "zq" is rare; "a" and "" have no pair at all.
        String[] phrases = {"terms of use", "the", "he said", "zq", "a", "", "privacy policy", "of use", "use"};
        PhraseIndex index = index(phrases);
        assertEquals(List.of("terms of use", "the", "a", "", "of use", "use"),
                texts(occurrences(index, "read the terms of use of a site")));
        assertEquals(List.of(""), texts(occurrences(index, "")));
        assertEquals(List.of("", "privacy policy"), texts(occurrences(index, "privacy policy")));
        // The pairs of "use" are in the text, but not in a row; "zq" only inside words.
        assertEquals(List.of(""), texts(occurrences(index, "us se zzq zqz")));
        assertEquals(List.of("zq", ""), texts(occurrences(index, "x zq y")));
    }

    @Test
    void occurrencesAgreeWithAskingEveryPhrase() {
        Random random = new Random(7);
        String alphabet = "abcdeéz 中文-";
        String[] phrases = new String[300];
        for (int k = 0; k < phrases.length; k++) {
            phrases[k] = randomText(random, alphabet, 1 + random.nextInt(5));
        }
        PhraseIndex index = index(phrases);
        String[] distinct = new LinkedHashMap<String, Boolean>() {{
            for (String p : phrases) put(p, true);
        }}.keySet().toArray(new String[0]);
        for (int t = 0; t < 500; t++) {
            String text = randomText(random, alphabet, random.nextInt(60));
            assertEquals(everyPhraseAsked(distinct, text), texts(occurrences(index, text)), text);
        }
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
