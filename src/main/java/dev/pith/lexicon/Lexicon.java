package dev.pith.lexicon;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The furniture phrases of every language Pith knows, loaded from {@code dev/pith/lexicon/*.txt}.
 *
 * <p>Immutable and thread-safe once built. Phrases of all languages apply to every block: furniture is
 * often in another language than the article (an English story on a Chinese portal), and the phrases
 * are anchored (a whole block, its start or its end), so cross-language false matches are rare.
 */
public final class Lexicon {

    private static final String ROOT = "/dev/pith/lexicon/";

    private final Map<PhraseKind, PhraseIndex> byKind;

    private Lexicon(Map<PhraseKind, PhraseIndex> byKind) {
        this.byKind = byKind;
    }

    /** The lexicons that ship with Pith (loaded once; shared, immutable). */
    public static Lexicon builtIn() {
        return Holder.BUILT_IN;
    }

    private static final class Holder {
        static final Lexicon BUILT_IN = load(readLanguages());
    }

    /** Loads the named languages' files from the class path. */
    public static Lexicon load(List<String> languages) {
        Map<PhraseKind, Map<String, Phrase>> kinds = new EnumMap<>(PhraseKind.class);
        for (PhraseKind k : PhraseKind.values()) {
            kinds.put(k, new LinkedHashMap<>());
        }
        for (String lang : languages) {
            parse(lang, DataFile.lines(ROOT + lang + ".txt"), kinds);
        }
        Map<PhraseKind, PhraseIndex> frozen = new EnumMap<>(PhraseKind.class);
        kinds.forEach((k, v) -> frozen.put(k, new PhraseIndex(Collections.unmodifiableMap(new HashMap<>(v)))));
        return new Lexicon(frozen);
    }

    private static List<String> readLanguages() {
        return DataFile.lines(ROOT + "languages.txt");
    }

    private static void parse(String lang, List<String> lines, Map<PhraseKind, Map<String, Phrase>> kinds) {
        // ICU's script converters take a fifth of a second to build: only a load that reads Chinese pays it.
        ChineseScripts chinese = lang.equals(ChineseScripts.LANGUAGE) ? new ChineseScripts() : null;
        PhraseKind kind = null;
        for (String line : lines) {
            Optional<PhraseKind> header = line.startsWith("[") && line.endsWith("]")
                    ? PhraseKind.fromSection(line.substring(1, line.length() - 1)) : Optional.empty();
            if (header.isPresent()) {
                kind = header.get();
            } else if (kind != null) {
                String text = PhraseMatcher.normalize(line);
                kinds.get(kind).putIfAbsent(text, new Phrase(text, kind, lang));
                if (chinese != null) {
                    for (String variant : chinese.variants(text)) {
                        kinds.get(kind).putIfAbsent(variant, new Phrase(variant, kind, lang));
                    }
                }
            }
        }
    }

    /** The phrase of {@code kind} that equals the whole (normalised) block, if any. */
    public Optional<Phrase> whole(PhraseKind kind, String normalized) {
        return Optional.ofNullable(byKind.get(kind).get(normalized));
    }

    /** Whether {@code normalizedWord} is a phrase of {@code kind}. */
    public boolean contains(PhraseKind kind, String normalizedWord) {
        return byKind.get(kind).contains(normalizedWord);
    }

    /** The longest phrase of {@code kind} that starts the block at a word boundary, if any. */
    public Optional<Phrase> prefixOf(PhraseKind kind, String normalized) {
        return Optional.ofNullable(byKind.get(kind).longestPrefix(normalized));
    }

    /** The longest phrase of {@code kind} that ends the block at a word boundary, if any. */
    public Optional<Phrase> suffixOf(PhraseKind kind, String normalized) {
        return Optional.ofNullable(byKind.get(kind).longestSuffix(normalized));
    }

    /** Every phrase of {@code kind} that occurs in the block at word boundaries, in lexicon order. */
    public List<Phrase> occurrences(PhraseKind kind, String normalized) {
        return occurrences(kind, TextPairs.of(normalized));
    }

    /** Every phrase of {@code kind} that occurs in the block whose pairs were read, in lexicon order. */
    public List<Phrase> occurrences(PhraseKind kind, TextPairs block) {
        return byKind.get(kind).occurrences(block);
    }
}
