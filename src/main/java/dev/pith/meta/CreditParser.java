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
            // Word connectors match in any case ("JANE PARK AND TOM LEE"); the one-letter ones only in
            // lower case, so that an initial ("John E. Smith") is not taken for "e".
            "\\s*(?:,|;|&|\\||·|•|、|/|(?iu:\\band\\b|\\bvà\\b|\\bund\\b|\\bet\\b|\\bи\\b)|\\by\\b|\\be\\b|和|与)\\s*");
    /** Lower-case words that belong inside a name ("Maria de la Cruz", "Ludwig van Dijk"). */
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("de", "la", "del", "della", "da", "di", "du",
            "van", "von", "der", "den", "ter", "ten", "bin", "binti", "al", "el", "le", "dos", "das", "do", "y");
    private static final int MAX_TITLE_WORDS = 3;
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
            String whole = part.strip();
            String p = withoutTrailingJobTitle(whole);
            if (p.isEmpty() || isJobTitle(p)) {
                continue;
            }
            String firstWord = p.split("\\s+")[0];
            if (!p.equals(whole) && isOrganisation(firstWord)) {
                // "AP Auto Writer": the outlet and the writer's beat, a job title, not a name
                organisation = organisation == null ? firstWord : organisation;
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

    /**
     * Whether {@code part} is a job title: listed as one, or a few words ending with one ("Senior
     * Correspondent", "Chief Political Reporter").
     */
    private boolean isJobTitle(String part) {
        String norm = PhraseMatcher.normalize(part);
        if (lexicon.contains(PhraseKind.JOB_TITLE, norm)) {
            return true;
        }
        String[] words = norm.split(" ");
        return words.length <= MAX_TITLE_WORDS && lexicon.contains(PhraseKind.JOB_TITLE, words[words.length - 1]);
    }

    /** "Jane Park Staff Writer" without its job title: the longest listed title that ends the part. */
    private String withoutTrailingJobTitle(String part) {
        String[] words = part.split("\\s+");
        for (int k = Math.min(MAX_TITLE_WORDS, words.length - 2); k >= 1; k--) {
            String tail = PhraseMatcher.normalize(String.join(" ", java.util.Arrays.copyOfRange(words, words.length - k, words.length)));
            if (lexicon.contains(PhraseKind.JOB_TITLE, tail)) {
                return String.join(" ", java.util.Arrays.copyOfRange(words, 0, words.length - k));
            }
        }
        return part;
    }

    private static boolean isPersonName(String p) {
        String[] words = p.split("\\s+");
        if (words.length > MAX_NAME_WORDS || p.length() > 60) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0 && i < words.length - 1 && PARTICLES.contains(w)) {
                continue; // "de" in "Maria de la Cruz"
            }
            int cp = w.codePointAt(0);
            // Scripts without case (Han, Arabic, Hebrew, Devanagari, Thai, ...) cannot mark a name by a capital.
            boolean uncased = UCharacter.isLetter(cp) && !UCharacter.isUUppercase(cp) && !UCharacter.isULowercase(cp);
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
        String titled = UCharacter.toTitleCase(Locale.ROOT, name.toLowerCase(Locale.ROOT), words);
        return capitalAfterApostrophe(titled);
    }

    /** "O'brien" becomes "O'Brien": after a one-letter prefix and an apostrophe, a name starts again. */
    private static String capitalAfterApostrophe(String s) {
        StringBuilder b = new StringBuilder(s);
        for (int i = 2; i < b.length(); i++) {
            char a = b.charAt(i - 1);
            boolean prefix = i == 2 || !Character.isLetter(b.charAt(i - 3));
            if ((a == '\'' || a == '’') && prefix && Character.isUpperCase(b.charAt(i - 2))) {
                b.setCharAt(i, Character.toUpperCase(b.charAt(i)));
            }
        }
        return b.toString();
    }
}
