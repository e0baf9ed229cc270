package dev.pith.date;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Month names of many languages, taken from ICU's locale data (full and abbreviated, format and
 * stand-alone forms: "January", "Jan", "января", "janvier", "Jänner"), mapped to month numbers.
 */
final class MonthNames {

    private static final List<String> LOCALES = List.of(
            "en", "fr", "de", "es", "pt", "it", "nl", "sv", "da", "nb", "fi", "pl", "cs", "sk", "hu", "ro",
            "hr", "sl", "et", "lv", "lt", "tr", "id", "ms", "tl", "sw", "ru", "uk", "bg", "sr", "el", "ca",
            "de_AT", "ar", "ar_SY", "he", "fa", "hi", "ka", "hy", "az", "kk", "uz", "sq", "mk", "bs", "is", "ga", "cy",
            "eu", "gl", "af", "vi");

    private static final Map<String, Integer> BY_NAME = build();

    private MonthNames() {
    }

    private static Map<String, Integer> build() {
        Map<String, Integer> map = new HashMap<>();
        int[] contexts = {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE};
        int[] widths = {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED};
        for (String tag : LOCALES) {
            DateFormatSymbols symbols = new DateFormatSymbols(new ULocale(tag));
            for (int context : contexts) {
                for (int width : widths) {
                    String[] names = symbols.getMonths(context, width);
                    for (int m = 0; m < Math.min(12, names.length); m++) {
                        String name = clean(names[m]);
                        if (name.length() >= 3 && name.chars().allMatch(Character::isLetter)) {
                            map.putIfAbsent(name, m + 1);
                        }
                    }
                }
            }
        }
        // Common English abbreviations ICU does not list.
        map.putIfAbsent("sept", 9);
        return Map.copyOf(map);
    }

    private static String clean(String name) {
        String n = name.toLowerCase(Locale.ROOT).strip();
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }

    /** The month number (1-12) of a month name, or 0 when {@code word} is no month. */
    static int monthOf(String word) {
        Integer m = BY_NAME.get(clean(word));
        return m == null ? 0 : m;
    }
}
