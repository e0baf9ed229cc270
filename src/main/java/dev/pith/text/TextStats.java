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

    /**
     * The words scaled to what English words carry, for comparing lengths across languages. ICU cuts
     * Korean at spaces, and a Korean word joins a stem with its particles and endings: a Korean
     * sentence has about 1.4 times fewer words than its English translation. Other scripts count as
     * ICU cuts them (its dictionaries cut Chinese, Japanese and Thai into words of English weight).
     */
    public double englishWords() {
        return mainScript == com.ibm.icu.lang.UScript.HANGUL ? words * HANGUL_WORD : words;
    }

    private static final double HANGUL_WORD = 1.4;

    /** Whether the text is written mostly in capitals ("BY MICHAEL LEE"). */
    public boolean isShouting() {
        return letters >= 4 && upperShare > 0.8;
    }
}
