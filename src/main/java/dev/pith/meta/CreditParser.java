package dev.pith.meta;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.pith.lexicon.Lexicon;
import dev.pith.lexicon.PhraseKind;
import dev.pith.lexicon.PhraseMatcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the names in what follows "By" or "Theo": people ("Michael Lee", "A, B and C"), or an
 * organisation (an agency from the lexicon, or an acronym such as "TTXVN"). Job titles and e-mail
 * addresses are stripped; names in capitals are written in title case.
 *
 * <p>Immutable and thread-safe.
 */
public final class CreditParser {

    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\[\\]]{0,200}\\]|\\([^()]{0,200}\\)|\\[\\[[^\\]]{0,200}\\]\\]");
    private static final Pattern EMAIL = Pattern.compile("\\S{1,64}@\\S{1,255}");
    private static final Pattern SPLIT = Pattern.compile(
            "\\s*(?:,|;|&|、|/|\\band\\b|\\bvà\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b|和|与)\\s*");
    private static final int MAX_WORDS = 12;
    private static final int MAX_NAME_WORDS = 5;

    private final Lexicon lexicon;

    public CreditParser(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Who {@code rest} credits, if it reads as names only (no prose). */
    public Optional<Credit> parse(String rest) {
        String s = EMAIL.matcher(BRACKETED.matcher(rest).replaceAll(" ")).replaceAll(" ");
        s = s.replaceAll("[\\s.:,;|\\-–—]+$", "").replaceAll("^[\\s:,;|\\-–—]+", "").strip();
        if (s.isEmpty() || s.split("\\s+").length > MAX_WORDS) {
            return Optional.empty();
        }
        List<String> people = new ArrayList<>();
        String organisation = null;
        for (String part : SPLIT.split(s)) {
            String p = part.strip();
            if (p.isEmpty() || isJobTitle(p)) {
                continue;
            }
            if (isOrganisation(p)) {
                if (organisation == null) {
                    organisation = p;
                }
                continue;
            }
            if (!isPersonName(p)) {
                return Optional.empty();
            }
            people.add(titleCase(p));
        }
        Credit credit = new Credit(people, organisation);
        return credit.isEmpty() ? Optional.empty() : Optional.of(credit);
    }

    /** Whether {@code name} is a news agency or an organisation acronym. */
    public boolean isOrganisation(String name) {
        String norm = PhraseMatcher.normalize(name);
        if (lexicon.contains(PhraseKind.AGENCY, norm)) {
            return true;
        }
        // "TTXVN", "KCNA": capitals only, no space, 2 to 7 letters.
        return name.length() >= 2 && name.length() <= 7 && name.chars().allMatch(c -> Character.isUpperCase(c) || c == '-');
    }

    private boolean isJobTitle(String part) {
        String norm = PhraseMatcher.normalize(part);
        return lexicon.contains(PhraseKind.JOB_TITLE, norm);
    }

    private static boolean isPersonName(String p) {
        String[] words = p.split("\\s+");
        if (words.length > MAX_NAME_WORDS || p.length() > 60) {
            return false;
        }
        for (String w : words) {
            int cp = w.codePointAt(0);
            int script = UScript.getScript(cp);
            boolean uncased = script == UScript.HAN || script == UScript.HANGUL || script == UScript.HIRAGANA
                    || script == UScript.KATAKANA || script == UScript.THAI || script == UScript.ARABIC || script == UScript.HEBREW;
            if (!uncased && !UCharacter.isUUppercase(cp)) {
                return false;
            }
            if (w.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return words.length >= 2 || UScript.getScript(p.codePointAt(0)) == UScript.HAN;
    }

    /** "MICHAEL LEE" becomes "Michael Lee"; mixed-case names are kept as written. */
    static String titleCase(String name) {
        boolean hasLower = name.chars().anyMatch(Character::isLowerCase);
        if (hasLower) {
            return name;
        }
        BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
        return UCharacter.toTitleCase(Locale.ROOT, name.toLowerCase(Locale.ROOT), words);
    }
}
