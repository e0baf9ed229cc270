package dev.pith.lang;

import dev.pith.DetectedLanguage;
import dev.pith.LanguageDetector;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

class DetectorPropertiesTest {
    private final LanguageDetector detector = LanguageDetector.builtIn();

    @Property(tries = 2000)
    boolean neverThrowsNorReturnsNull(@ForAll @StringLength(max = 300) String text) {
        DetectedLanguage result = detector.detect(text);
        return result != null && result.confidence() >= 0 && result.confidence() <= 1
            && result.equals(detector.detect(text));
    }

    @Property(tries = 300)
    boolean unknownLanguagesCarryNoConfidence(@ForAll @StringLength(max = 50) String text) {
        DetectedLanguage result = detector.detect(text);
        return result.isKnown() || result.confidence() == 0.0;
    }
}
