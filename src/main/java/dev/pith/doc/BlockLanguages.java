package dev.pith.doc;

import dev.pith.DetectedLanguage;
import dev.pith.LanguageDetector;
import dev.pith.segment.Segment;

import java.util.List;

/**
 * The language of each block of one page, detected when first asked. Most blocks are settled by
 * rules (menus, duplicates, dates) before anyone needs their language, so detecting on demand halves
 * the cost of a page.
 *
 * <p>Confined to the thread cleaning the page, like the {@link Document} that holds it.
 */
public final class BlockLanguages {

    private final LanguageDetector detector;
    private final List<Segment> segments;
    private final DetectedLanguage[] known;

    private BlockLanguages(LanguageDetector detector, List<Segment> segments, DetectedLanguage[] known) {
        this.detector = detector;
        this.segments = segments;
        this.known = known;
    }

    /** Languages detected on demand with {@code detector}. */
    public static BlockLanguages detectedBy(LanguageDetector detector, List<Segment> segments) {
        return new BlockLanguages(detector, List.copyOf(segments), new DetectedLanguage[segments.size()]);
    }

    /** Languages already known, one per block. */
    public static BlockLanguages of(DetectedLanguage[] languages) {
        return new BlockLanguages(text -> DetectedLanguage.UNDETERMINED, List.of(), languages.clone());
    }

    /**
     * The language of block {@code i}. A user's detector that fails or answers null must not lose the
     * page, so such an answer counts as undetermined.
     */
    public DetectedLanguage get(int i) {
        if (known[i] == null) {
            DetectedLanguage d;
            try {
                d = detector.detect(segments.get(i).text());
            } catch (RuntimeException e) {
                d = null;
            }
            known[i] = d == null ? DetectedLanguage.UNDETERMINED : d;
        }
        return known[i];
    }
}
