package dev.pith.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Measures block text with ICU's word and sentence break iterators (the words of plain text are counted
 * as ICU counts them, without it: {@link PlainWords}).
 *
 * <p>Not thread-safe: ICU break iterators hold their position, so each document gets its own measurer
 * ({@link #create()} clones shared, never-used prototypes).
 */
public final class TextMeasurer {

    private static final BreakIterator WORD_PROTOTYPE = BreakIterator.getWordInstance(ULocale.ROOT);
    private static final BreakIterator SENTENCE_PROTOTYPE = BreakIterator.getSentenceInstance(ULocale.ROOT);

    // Word break rule status ranges (ICU's RuleBasedBreakIterator constants).
    private static final int WORD_LETTER = 200;
    private static final int WORD_IDEO_LIMIT = 500;

    private final BreakIterator words;
    private final BreakIterator sentences;
    private final Predicate<String> agencies;

    private TextMeasurer(BreakIterator words, BreakIterator sentences, Predicate<String> agencies) {
        this.words = words;
        this.sentences = sentences;
        this.agencies = agencies;
    }

    /** A measurer for one thread's use, which knows no agency names. */
    public static TextMeasurer create() {
        return create(name -> false);
    }

    /**
     * A measurer for one thread's use; {@code agencies} says whether a name (as written, e.g. "PTI") is
     * a news agency's, which may sign off a paragraph after its last sentence ("... into the US. PTI").
     */
    public static TextMeasurer create(Predicate<String> agencies) {
        Objects.requireNonNull(agencies, "agencies");
        synchronized (WORD_PROTOTYPE) { // cloning reads the prototype; keep that read exclusive
            return new TextMeasurer((BreakIterator) WORD_PROTOTYPE.clone(), (BreakIterator) SENTENCE_PROTOTYPE.clone(), agencies);
        }
    }

    /** The measurements of {@code text}. */
    public TextStats measure(String text) {
        int letters = 0;
        int digits = 0;
        int upper = 0;
        int cased = 0;
        int[] scripts = new int[UScript.CODE_LIMIT];
        boolean plain = true;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c < 0x80) {
                // ASCII, most of many pages, has known properties: spares four ICU look-ups per char.
                i++;
                boolean lower = c >= 'a' && c <= 'z';
                if (lower || c >= 'A' && c <= 'Z') {
                    letters++;
                    scripts[UScript.LATIN]++;
                    cased++;
                    if (!lower) {
                        upper++;
                    }
                } else if (c >= '0' && c <= '9') {
                    digits++;
                }
                continue;
            }
            plain &= PlainWords.isPlain(c);
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (UCharacter.isLetter(cp)) {
                letters++;
                int script = UScript.getScript(cp);
                if (script >= 0 && script < scripts.length) {
                    scripts[script]++;
                }
                if (UCharacter.isUUppercase(cp)) {
                    upper++;
                    cased++;
                } else if (UCharacter.isULowercase(cp)) {
                    cased++;
                }
            } else if (UCharacter.isDigit(cp)) {
                digits++;
            }
        }
        int mainScript = UScript.UNKNOWN;
        int best = 0;
        for (int s = 0; s < scripts.length; s++) {
            if (scripts[s] > best) {
                best = scripts[s];
                mainScript = s;
            }
        }
        // Kana-and-Han text is Japanese; count both as the main script so the share reflects it.
        if (mainScript == UScript.HAN && (scripts[UScript.HIRAGANA] + scripts[UScript.KATAKANA]) > 0) {
            best += scripts[UScript.HIRAGANA] + scripts[UScript.KATAKANA];
        }
        int wordCount = 0;
        int capitalWords = 0;
        if (plain) {
            PlainWords w = PlainWords.of(text); // ICU's count, without its state machine
            wordCount = w.count();
            capitalWords = w.capitalized();
        } else {
            words.setText(text);
            int start = words.first();
            for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
                int status = words.getRuleStatus();
                if (status >= WORD_LETTER && status < WORD_IDEO_LIMIT) {
                    wordCount++;
                    if (UCharacter.isUUppercase(text.codePointAt(start))) {
                        capitalWords++;
                    }
                }
            }
        }
        int sentenceCount = 0;
        if (wordCount > 0) {
            sentences.setText(text);
            int s = sentences.first();
            for (int e = sentences.next(); e != BreakIterator.DONE; s = e, e = sentences.next()) {
                if (hasLetter(text, s, e)) {
                    sentenceCount++;
                }
            }
        }
        return new TextStats(text.length(), letters, digits, wordCount, sentenceCount, mainScript,
                letters == 0 ? 0 : Math.min(1.0, best / (double) letters),
                cased == 0 ? 0 : upper / (double) cased,
                wordCount == 0 ? 0 : capitalWords / (double) wordCount,
                endsSentence(text) || isUnpunctuatedProse(text, mainScript, wordCount) || endsWithSignOff(text));
    }

    /**
     * Whether the last sentence of {@code text} is followed by an agency's name alone ("... into the
     * US. PTI", "... on Monday. AFP"): the agency signs the paragraph, which ends the article.
     */
    private boolean endsWithSignOff(String text) {
        String t = text.stripTrailing();
        int space = t.lastIndexOf(' ');
        if (space < 2 || t.length() - space > MAX_SIGN_OFF_CHARS || ".!?".indexOf(t.charAt(space - 1)) < 0) {
            return false;
        }
        return agencies.test(t.substring(space + 1));
    }

    private static final int MAX_SIGN_OFF_CHARS = 12;

    /**
     * Thai and Lao end sentences with a space, not a mark, so nothing at a block's end tells a
     * paragraph from a headline; a paragraph is a few clauses parted by spaces and longer than a
     * headline, which dictionary segmentation counts at up to twenty words.
     */
    private static boolean isUnpunctuatedProse(String text, int mainScript, int words) {
        return (mainScript == UScript.THAI || mainScript == UScript.LAO) && words >= MIN_UNPUNCTUATED_WORDS
                && text.strip().indexOf(' ') > 0;
    }

    private static final int MIN_UNPUNCTUATED_WORDS = 22;

    private static boolean hasLetter(String text, int from, int to) {
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            if (UCharacter.isLetter(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * Whether {@code text} ends with sentence-final punctuation, allowing closing quotes and brackets
     * after it and a short bracketed credit after the last sentence ("... in July 2000. (Yonhap)"), or,
     * in Japanese, with a predicate or final particle in place of "。" (see {@link #JAPANESE_SENTENCE_ENDS}).
     * Measured text also ends a sentence on an agency's sign-off and, in Thai and Lao, by its length
     * ({@link #measure}).
     */
    public static boolean endsSentence(String text) {
        int i = creditStart(text) - 1;
        while (i >= 0 && isCloser(text.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？' || c == '…'
                || c == '؟' || c == '۔' || c == '।' || c == '॥' || c == '။' || c == '։' || c == '።' || c == '｡'
                || c == '។' || c == '៕' || c == '།'
                || c == '・' && i > 0 && text.charAt(i - 1) == '・' // "・・・", written for "…"
                || endsJapaneseSentence(text, i);
    }

    /*
     * Japanese blogs and forums often end sentences without "。": on a polite predicate ("...ました",
     * "...です", "...ます"), a plain past ("...った"), a final particle after a verb or adjective
     * ("...よね", "...ないね") or a noun's copula ("雄大だ"). These are hiragana, which no other
     * language writes, so no language guess is needed. Two kana, not one: a word may end in a single
     * "た" or "ね" ("あした", "きつね"), and a blog title's "...てみた" is a headline.
     */
    private static final Set<String> JAPANESE_SENTENCE_ENDS =
            Set.of("ます", "です", "った", "せん", "よね", "だね", "たね", "いね", "すね", "ょう");
    /** "...ました" and "...でした"; "した" alone ends words too ("あした"). */
    private static final Set<String> JAPANESE_PAST_ENDS = Set.of("ました", "でした");

    private static final char HIRAGANA_FIRST = '\u3041';
    private static final char HIRAGANA_LAST = '\u309f';

    private static boolean endsJapaneseSentence(String text, int last) {
        char end = text.charAt(last);
        if (last < 1 || end < HIRAGANA_FIRST || end > HIRAGANA_LAST) {
            return false; // every ending closes on a hiragana: most blocks, in any language, stop here
        }
        char before = text.charAt(last - 1);
        return JAPANESE_SENTENCE_ENDS.contains("" + before + end)
                || last >= 2 && JAPANESE_PAST_ENDS.contains(text.substring(last - 2, last + 1))
                || end == 'だ' && Character.UnicodeBlock.of(before) == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS;
    }

    /** Where a closing bracketed credit of a few words starts, or the text's length when there is none. */
    private static int creditStart(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0 || text.charAt(end - 1) != ')') {
            return text.length();
        }
        int open = text.lastIndexOf('(', end - 1);
        if (open <= 0 || end - open > MAX_CREDIT_CHARS || text.substring(open, end).split("\\s+").length > 4) {
            return text.length();
        }
        int before = open - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        return before >= 0 && before < open - 1 ? open : text.length(); // a space must separate it
    }

    private static final int MAX_CREDIT_CHARS = 40;

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == '」' || c == '』' || c == ')'
                || c == '）' || c == ']' || c == '/' || Character.isWhitespace(c) || c == '\u00a0';
    }
}
