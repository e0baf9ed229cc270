package dev.pith;

import java.util.Objects;

/**
 * The outcome of a language detection: a BCP-47 tag and a confidence.
 *
 * <p>Immutable and thread-safe. {@code tag} is never null; it is {@link #UND} when the evidence is too
 * thin (digits, a name, one short token), in which case the confidence is 0.
 *
 * @param tag        a BCP-47 language tag such as {@code "en"} or {@code "zh"}, or {@code "und"}
 * @param confidence how sure the detector is, from 0 (no idea) to 1 (certain)
 */
public record DetectedLanguage(String tag, double confidence) {
    /** The BCP-47 tag for an undetermined language. */
    public static final String UND = "und";

    /** The result for text whose language cannot be told. */
    public static final DetectedLanguage UNDETERMINED = new DetectedLanguage(UND, 0.0);

    public DetectedLanguage {
        Objects.requireNonNull(tag, "tag");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
        }
    }

    /** Whether a language was determined. */
    public boolean isKnown() {
        return !UND.equals(tag);
    }
}
