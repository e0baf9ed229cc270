package dev.pith.rules;

import dev.pith.segment.Whitespace;

/** Cuts a lexicon prefix, matched on normalised text, off the original text of a block.
 *
 * <p>Stateless and thread-safe.
 */
public final class PrefixText {

    private PrefixText() {
    }

    /**
     * The original text after the first {@code normalizedPrefix.length()} non-space characters' worth
     * of prefix (normalisation only changes case, width and spacing, so counting non-space characters
     * finds the same cut in the original).
     */
    public static String after(String original, String normalizedPrefix) {
        int want = normalizedPrefix.replace(" ", "").length();
        int seen = 0;
        for (int i = 0; i < original.length(); i++) {
            if (!Character.isWhitespace(original.charAt(i)) && original.charAt(i) != '\u00a0') {
                seen++;
            }
            if (seen == want) {
                return Whitespace.trim(original.substring(i + 1)); // strip() keeps U+00A0 (&nbsp;)
            }
        }
        return "";
    }
}
