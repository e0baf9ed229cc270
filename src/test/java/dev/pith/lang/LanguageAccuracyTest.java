package dev.pith.lang;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pith.LanguageDetector;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Accuracy on the small sample of Lingua's test sets in testdata/langid: floors a little under what
 * the full sets give, so that a regression shows and sampling noise (30 lines a file) does not.
 */
class LanguageAccuracyTest {
    private final LanguageDetector detector = LanguageDetector.builtIn();

    /**
     * Malay: Lingua's own Malay model is mostly read as Indonesian (Lingua itself gets 30% of Malay
     * sentences right); the profiles inherit that, so Malay is left out of the per-language check.
     * Urdu: the first lines of this sample start with a long English boilerplate heading, so several
     * are, by their letters, mostly English; the full set gives 99%.
     */
    private static final Set<String> KNOWN_WEAK = Set.of("ms", "ur");

    @ParameterizedTest(name = "{0} average at least {1}%")
    @CsvSource({"sentences, 95", "word-pairs, 87", "single-words, 72"})
    void averageOverTheLanguagesReachesTheFloor(String lengthClass, double floor) {
        double sum = 0;
        for (String lang : LangidSamples.LANGUAGES) sum += accuracy(lengthClass, lang);
        double average = sum / LangidSamples.LANGUAGES.size();
        assertTrue(average >= floor, lengthClass + ": " + average + "% < " + floor + "%");
    }

    @Test
    void everyLanguageGetsMostSentencesRight() {
        for (String lang : LangidSamples.LANGUAGES) {
            if (KNOWN_WEAK.contains(lang)) continue;
            double accuracy = accuracy("sentences", lang);
            assertTrue(accuracy >= 80, lang + ": " + accuracy + "%");
        }
    }

    private double accuracy(String lengthClass, String lang) {
        List<String> samples = LangidSamples.of(lengthClass, lang);
        long right = samples.stream().filter(s -> detector.detect(s).tag().equals(lang)).count();
        return 100.0 * right / samples.size();
    }
}
