package dev.pith.lang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the small copy of Lingua's test sets under testdata/langid (see its README). */
final class LangidSamples {
    static final Path ROOT = Path.of("testdata", "langid");
    static final List<String> LANGUAGES = List.of(
        "en", "fr", "de", "es", "pt", "it", "nl", "sv", "da", "nb", "fi", "pl", "cs", "sk", "hu", "ro",
        "hr", "sl", "et", "lv", "lt", "tr", "id", "ms", "tl", "vi", "sw", "ru", "uk", "bg", "sr", "el",
        "ar", "fa", "ur", "he", "hi", "bn", "th", "zh", "ja", "ko",
        "sq", "ca", "af", "az", "eu", "is", "cy", "ga", "so", "mk", "be", "kk", "mn");

    private LangidSamples() {
    }

    static List<String> of(String lengthClass, String lang) {
        try {
            List<String> result = new ArrayList<>();
            for (String line : Files.readAllLines(ROOT.resolve(lengthClass).resolve(lang + ".txt"), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) result.add(line.strip());
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> all(String lengthClass) {
        List<String> result = new ArrayList<>();
        for (String lang : LANGUAGES) result.addAll(of(lengthClass, lang));
        return result;
    }
}
