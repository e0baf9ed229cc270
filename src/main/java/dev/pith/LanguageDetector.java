package dev.pith;

/**
 * Tells which language a piece of text is written in.
 *
 * <p>Pith asks it once per block and uses the answers to report the article's language, to pick the
 * furniture lexicons and to spot blocks in a language foreign to the article. Replace the built-in
 * detector by passing your own to {@link Pith.Builder#languageDetector(LanguageDetector)}; an adapter
 * for another library is a lambda:
 *
 * <pre>{@code
 * LanguageDetector mine = text -> new DetectedLanguage(other.detect(text.toString()), 0.9);
 * }</pre>
 *
 * <p>Implementations must be thread-safe (one {@link Pith} is shared by many threads), deterministic,
 * must never return null and must not throw for any text; they return
 * {@link DetectedLanguage#UNDETERMINED} when they cannot tell.
 */
@FunctionalInterface
public interface LanguageDetector {

    /**
     * Detects the language of {@code text}.
     *
     * @param text any text, never null; may be empty
     * @return the language, never null; {@link DetectedLanguage#UNDETERMINED} when unknown
     */
    DetectedLanguage detect(CharSequence text);

    /** The detector Pith uses by default; it needs nothing beyond ICU4J. Thread-safe and shared. */
    static LanguageDetector builtIn() {
        return dev.pith.lang.BuiltInDetector.instance();
    }
}
