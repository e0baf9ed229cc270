package dev.pith.lang;

import com.ibm.icu.lang.UScript;
import dev.pith.DetectedLanguage;
import dev.pith.LanguageDetector;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Pith's own language detector: the script first, then character n-gram statistics within the scripts
 * that several languages share.
 *
 * <ol>
 *   <li>The dominant script decides alone where only one known language writes it (Greek, Hebrew,
 *       Thai, Georgian, Armenian, the Indic scripts, ...). Han, Kana and Hangul compete together:
 *       Hangul means Korean, Kana among Han means Japanese, Han alone Chinese.</li>
 *   <li>Latin, Cyrillic and Arabic text is scored under each language's character model (n-grams of
 *       orders 1 to 5 within words, derived from Lingua's Apache-2.0 models, see NOTICE).</li>
 *   <li>Too thin evidence gives {@link DetectedLanguage#UNDETERMINED}: no letters, fewer than three
 *       letters in a shared script, a single letter of another script, or a lone capitalised word, which is
 *       most often a name and says nothing of the language around it.</li>
 * </ol>
 *
 * <p>Thread-safe and immutable: one instance serves any number of threads. Deterministic: the same text
 * always gets the same answer. {@link #detect} never returns null and never throws. Only the first
 * {@value #MAX_CHARS} characters are read; that is plenty to tell a language and bounds the cost. Web
 * and e-mail addresses and @handles among them are no words of any language and are not read: a text
 * of nothing else is {@link DetectedLanguage#UNDETERMINED}.
 */
public final class BuiltInDetector implements LanguageDetector {
    /** Characters read from the text. */
    static final int MAX_CHARS = 400;
    /** Fewer letters than this in a shared script is not evidence. */
    private static final int MIN_SHARED_LETTERS = 3;

    private final ProfileDetector profiles;

    private BuiltInDetector(NgramProfiles profiles) {
        this.profiles = new ProfileDetector(profiles);
    }

    /** Lazily loads the profiles on first use, once, in a thread-safe way (class initialization). */
    private static final class Holder {
        static final BuiltInDetector INSTANCE = new BuiltInDetector(NgramProfiles.load());
    }

    /** The shared instance; the first call loads the profiles (a few hundred milliseconds at most). */
    public static BuiltInDetector instance() {
        return Holder.INSTANCE;
    }

    @Override
    public DetectedLanguage detect(CharSequence text) {
        if (text == null) return DetectedLanguage.UNDETERMINED;
        try {
            return detectChecked(prepare(text));
        } catch (RuntimeException e) {
            // The contract is to never throw; a bug here must not take a crawler down with it.
            return DetectedLanguage.UNDETERMINED;
        }
    }

    /**
     * Web addresses, e-mail addresses and social-media handles: names of no language, which would
     * otherwise make a line such as "Account: @kitchen_ghosts" read as whatever language the handle's
     * letters happen to resemble.
     */
    private static final Pattern NOT_WORDS = Pattern.compile("(?:https?://|www\\.)\\S{1,400}|[\\w.+-]{1,64}@[\\w-]{1,63}\\.[\\w.]{2,40}|@\\w{1,40}");

    private static CharSequence prepare(CharSequence text) {
        CharSequence head = withoutNames(text.length() > MAX_CHARS ? text.subSequence(0, MAX_CHARS) : text);
        // Decomposed accents (NFD input) would split words at every combining mark: compose them.
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c >= 0x300 && c <= 0x36f) return Normalizer.normalize(head, Normalizer.Form.NFC);
        }
        return head;
    }

    /** {@code text} without its {@link #NOT_WORDS}; the text itself when it has none (nearly always). */
    static CharSequence withoutNames(CharSequence text) {
        boolean maybe = false;
        for (int i = 0; i < text.length() && !maybe; i++) {
            char c = text.charAt(i);
            maybe = c == '@' || c == '/' && i > 0 && text.charAt(i - 1) == ':' || c == 'w' && i + 3 < text.length()
                    && text.charAt(i + 1) == 'w' && text.charAt(i + 2) == 'w' && text.charAt(i + 3) == '.';
        }
        return maybe ? NOT_WORDS.matcher(text).replaceAll(" ") : text;
    }

    private DetectedLanguage detectChecked(CharSequence text) {
        ScriptCensus census = ScriptCensus.of(text);
        int script = census.dominant();
        if (script == UScript.UNKNOWN) return DetectedLanguage.UNDETERMINED;
        if (script == UScript.HAN) return cjk(census);
        String only = ScriptLanguages.of(script);
        if (only != null) {
            // One letter of an alphabet or abugida is a symbol, not yet a word.
            return census.count(script) < 2 ? DetectedLanguage.UNDETERMINED : byScript(only, census.count(script));
        }
        if (!profiles.handles(script)) return DetectedLanguage.UNDETERMINED;
        if (census.count(script) < MIN_SHARED_LETTERS || LoneName.is(text)) return DetectedLanguage.UNDETERMINED;
        return profiles.detect(text, script);
    }

    /**
     * Han, Kana and Hangul. Unlike a Latin letter, one CJK character is a syllable or a whole word, so
     * one is enough to answer, with a confidence of one half.
     */
    private static DetectedLanguage cjk(ScriptCensus census) {
        int total = census.cjk();
        if (census.count(UScript.HANGUL) * 2 >= total) return byScript("ko", total);
        // Japanese writes its grammar in Kana; a few Kana among much Han is still Japanese. Han alone
        // is read as Chinese, the more likely of the two for a text without any Kana.
        if (census.kana() > 0 && census.kana() * 20 >= total) return byScript("ja", total);
        return byScript("zh", total);
    }

    /** A language told by its script; {@code letters} of that script were seen. */
    private static DetectedLanguage byScript(String tag, int letters) {
        // More letters, more certainty that the script is not a stray symbol: 1 letter 0.5, 9 letters 0.9.
        return new DetectedLanguage(tag, 1.0 - 1.0 / (letters + 1));
    }
}
