package dev.pith.lang;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import dev.pith.DetectedLanguage;
import dev.pith.LanguageDetector;

import java.util.Set;

/** Interim detector: scripts, Vietnamese letters and English function words. */
public final class BuiltInDetector implements LanguageDetector {
    private static final BuiltInDetector INSTANCE = new BuiltInDetector();
    private static final Set<String> EN = Set.of("the", "and", "of", "to", "in", "a", "is", "that", "for", "on",
            "with", "was", "as", "by", "at", "from", "his", "her", "has", "have", "are", "it", "its", "be", "said");

    public static BuiltInDetector instance() {
        return INSTANCE;
    }

    @Override
    public DetectedLanguage detect(CharSequence cs) {
        String text = cs.length() > 2000 ? cs.subSequence(0, 2000).toString() : cs.toString();
        int letters = 0, han = 0, kana = 0, hangul = 0, latin = 0, viet = 0, cyr = 0, thai = 0, arab = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!UCharacter.isLetter(cp)) continue;
            letters++;
            switch (UScript.getScript(cp)) {
                case UScript.HAN -> han++;
                case UScript.HIRAGANA, UScript.KATAKANA -> kana++;
                case UScript.HANGUL -> hangul++;
                case UScript.CYRILLIC -> cyr++;
                case UScript.THAI -> thai++;
                case UScript.ARABIC -> arab++;
                case UScript.LATIN -> {
                    latin++;
                    if ("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ".indexOf(Character.toLowerCase((char) cp)) >= 0) viet++;
                }
                default -> { }
            }
        }
        if (letters < 3) return DetectedLanguage.UNDETERMINED;
        double c = 0.9;
        if (kana > 0 && kana + han > letters / 2) return new DetectedLanguage("ja", c);
        if (han > letters / 2) return new DetectedLanguage("zh", c);
        if (hangul > letters / 2) return new DetectedLanguage("ko", c);
        if (cyr > letters / 2) return new DetectedLanguage("ru", 0.6);
        if (thai > letters / 2) return new DetectedLanguage("th", c);
        if (arab > letters / 2) return new DetectedLanguage("ar", 0.6);
        if (latin > letters / 2) {
            if (viet * 12 > latin) return new DetectedLanguage("vi", c);
            int words = 0, en = 0;
            for (String w : text.toLowerCase().split("[^\\p{L}']+")) {
                if (w.isEmpty()) continue;
                words++;
                if (EN.contains(w)) en++;
            }
            if (words >= 3 && en * 8 >= words) return new DetectedLanguage("en", 0.8);
        }
        return DetectedLanguage.UNDETERMINED;
    }
}
