package dev.pith.rules;

import dev.pith.lexicon.PhraseMatcher;
import dev.pith.segment.Whitespace;

/** Cuts a lexicon prefix, matched on normalised text, off the original text of a block.
 *
 * <p>Stateless and thread-safe.
 */
public final class PrefixText {

    private PrefixText() {
    }

    /**
     * The original text after the prefix: after the shortest start of it whose normalised form, spaces
     * aside, is as long as {@code normalizedPrefix}. Normalising changes case, width, spacing and how
     * accents are composed, so lengths are compared in normalised form, not counted in the original.
     */
    public static String after(String original, String normalizedPrefix) {
        int want = normalizedPrefix.replace(" ", "").length();
        for (int i = 0; i < original.length(); i++) {
            if (Whitespace.is(original.charAt(i))
                    || PhraseMatcher.normalize(original.substring(0, i + 1)).replace(" ", "").length() < want) {
                continue;
            }
            int end = i + 1;
            while (end < original.length() && Character.getType(original.charAt(end)) == Character.NON_SPACING_MARK) {
                end++; // an accent typed after its letter belongs to the prefix
            }
            return Whitespace.trim(original.substring(end)); // strip() keeps U+00A0 (&nbsp;)
        }
        return "";
    }
}
