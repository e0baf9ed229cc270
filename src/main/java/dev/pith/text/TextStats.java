package dev.pith.text;

/**
 * Measurements of one block's text, taken with script-aware segmentation: a Chinese or Thai line is
 * counted in words as ICU's dictionaries cut it, never by splitting on spaces.
 *
 * @param chars           length in UTF-16 units
 * @param letters         letters (any script)
 * @param digits          decimal digits
 * @param words           words (letter, kana or ideographic runs as ICU's word break cuts them)
 * @param sentences       sentences that hold at least one word
 * @param mainScript      the ICU {@code UScript} code most of the letters are written in
 * @param mainScriptShare share of the letters in {@code mainScript}, 0 to 1
 * @param upperShare      share of cased letters that are upper case, 0 to 1
 * @param capitalShare    share of words that start with an upper-case letter, 0 to 1 (0 in uncased scripts)
 * @param endsSentence    whether the text ends like a sentence (full stop, question or exclamation
 *                        mark, ideographic full stop, possibly inside closing quotes or brackets)
 */
public record TextStats(
        int chars,
        int letters,
        int digits,
        int words,
        int sentences,
        int mainScript,
        double mainScriptShare,
        double upperShare,
        double capitalShare,
        boolean endsSentence) {

    /** Whether the text is written mostly in capitals ("BY MICHAEL LEE"). */
    public boolean isShouting() {
        return letters >= 4 && upperShare > 0.8;
    }
}
