package dev.pith.lexicon;

/**
 * One lexicon entry.
 *
 * @param text     the phrase, normalised (lower case, white space collapsed)
 * @param kind     what it is evidence of
 * @param language the lexicon file it came from (a BCP-47 tag)
 */
public record Phrase(String text, PhraseKind kind, String language) {

    /** "'same tag' (en)": how a reason quotes the phrase. */
    public String quoted() {
        return "'" + text + "' (" + language + ")";
    }
}
