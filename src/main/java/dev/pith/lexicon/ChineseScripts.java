package dev.pith.lexicon;

import com.ibm.icu.text.Transliterator;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Chinese is written in two scripts: simplified (the mainland, Singapore) and traditional (Taiwan, Hong
 * Kong, Macau), and a furniture phrase such as "相关新闻" is "相關新聞" on a Taiwanese site. The Chinese
 * lexicon lists each phrase once, in either script; this gives its form in the other with ICU's
 * character-by-character conversion, which picks one form where the other script has several (里 is
 * 裡, not Hong Kong's 裏) and keeps the words (联系我们 is 聯繫我們, where Taiwan writes 聯絡我們): list
 * such a phrase in both forms.
 *
 * <p>Not thread-safe (ICU transliterators are not documented as such): one instance per lexicon load.
 */
final class ChineseScripts {

    /** The lexicon whose phrases get both forms. */
    static final String LANGUAGE = "zh";

    private final Transliterator toTraditional = Transliterator.getInstance("Hans-Hant");
    private final Transliterator toSimplified = Transliterator.getInstance("Hant-Hans");

    /** The forms of normalised phrase {@code text} in the other script, those that differ from it. */
    Set<String> variants(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Transliterator t : new Transliterator[] {toTraditional, toSimplified}) {
            String v = t.transliterate(text);
            if (!v.equals(text)) {
                out.add(v);
            }
        }
        return out;
    }
}
