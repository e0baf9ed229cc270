package dev.pith.lang;

import dev.pith.DetectedLanguage;
import dev.pith.LanguageDetector;

/** Placeholder: replaced by the profile-based detector. */
public final class BuiltInDetector implements LanguageDetector {
    private static final BuiltInDetector INSTANCE = new BuiltInDetector();

    public static BuiltInDetector instance() {
        return INSTANCE;
    }

    @Override
    public DetectedLanguage detect(CharSequence text) {
        return DetectedLanguage.UNDETERMINED;
    }
}
