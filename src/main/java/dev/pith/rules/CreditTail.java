package dev.pith.rules;

import dev.pith.lexicon.Lexicon;
import dev.pith.lexicon.Phrase;
import dev.pith.lexicon.PhraseKind;
import dev.pith.lexicon.PhraseMatcher;

import java.util.Optional;

/**
 * The credit that closes a caption: a short bracket, "Crowds in the square (Photo: AFP)", "(ảnh:
 * afp/ttxvn)", or a short last sentence that opens with a credit word, "Crowds in the square on
 * Tuesday. Photo: AFP", "... 전달식이 열렸다. 사진=세종시 제공". The caption rule uses it to recognise
 * captions, the metadata reader to take the credit out of them.
 *
 * @param inner the text inside the brackets, or of the last sentence, as written, trimmed
 * @param start where the opening bracket or the last sentence stands in the text; 0 when the whole
 *              text is the bracket
 */
public record CreditTail(String inner, int start) {

    /** A bracket longer than this is a parenthetical remark, not a credit. */
    static final int MAX_CHARS = 80;

    /** The bracket that ends {@code text}, if one within {@link #MAX_CHARS} characters does. */
    public static Optional<CreditTail> of(String text) {
        String t = text.strip();
        if (!t.endsWith(")") && !t.endsWith("\uff09")) {
            return Optional.empty();
        }
        int open = Math.max(t.lastIndexOf('('), t.lastIndexOf('\uff08')); // ASCII or full-width, as CJK text writes it
        if (open < 0 || t.length() - open > MAX_CHARS) {
            return Optional.empty();
        }
        return Optional.of(new CreditTail(t.substring(open + 1, t.length() - 1).strip(), open));
    }

    /**
     * The last sentence of {@code text}, after at least one other or a dash, when it is short and
     * opens with a credit word ("Photo:", "사진=", "— Foto:"): a paragraph of the article does not close
     * on a credit. A source word does not count here, as it does in a bracket: "... rose by 5%.
     * Source: Eurostat" closes a paragraph about figures.
     */
    public static Optional<CreditTail> closingSentence(String text, Lexicon lexicon) {
        String t = text.strip();
        for (int i = t.length() - 1; i > 1 && t.length() - i <= MAX_CHARS; i--) {
            // Chinese and Japanese set no space after a full stop: "...提供設備。圖／騰訊科技".
            boolean spaced = Character.isWhitespace(t.charAt(i))
                    && (isFullStop(t.charAt(i - 1)) || isDash(t.charAt(i - 1)) && Character.isWhitespace(t.charAt(i - 2)));
            if (spaced || t.charAt(i) == '。') {
                String inner = t.substring(i + 1).strip();
                if (lexicon.prefixOf(PhraseKind.CREDIT_PREFIX, PhraseMatcher.normalize(inner)).isPresent()) {
                    return Optional.of(new CreditTail(inner, i + 1));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code text} is wholly one pair of round or square brackets, none inside ("(Image credit:
     * NASA)", "(Reporting by Jane Doe; Editing by John Roe)"): a credit or note set apart, where "(AP)
     * Read the full story (in French)" is not.
     */
    public static boolean isOneBracket(String text) {
        String t = text.strip();
        if (t.length() < 3) {
            return false;
        }
        char open = t.charAt(0);
        char close = open == '(' ? ')' : open == '[' ? ']' : 0;
        return close != 0 && t.charAt(t.length() - 1) == close
                && t.indexOf(open, 1) < 0 && t.indexOf(close) == t.length() - 1;
    }

    /** The bracket that ends {@code text}, else its closing credit sentence. */
    public static Optional<CreditTail> find(String text, Lexicon lexicon) {
        return of(text).or(() -> closingSentence(text, lexicon));
    }

    /**
     * The credit word the tail opens with ("Photo:", "Photo by", "사진="), or a source word that ends
     * with a colon or an equals sign ("Source:"): a source word without one ("Theo", "according to")
     * opens ordinary bracketed remarks too.
     */
    public Optional<Phrase> creditWord(Lexicon lexicon) {
        String norm = PhraseMatcher.normalize(inner);
        return lexicon.prefixOf(PhraseKind.CREDIT_PREFIX, norm)
                .or(() -> lexicon.prefixOf(PhraseKind.SOURCE_PREFIX, norm).filter(CreditTail::endsWithMark));
    }

    private static boolean endsWithMark(Phrase p) {
        return p.text().endsWith(":") || p.text().endsWith("=");
    }

    /**
     * A dash or a slash set between spaces also sets a credit off: "... ganhou um lar — Foto: Jane
     * Doe/G1", "... підозру Юрченку / Фото з фейсбуку".
     */
    private static boolean isDash(char c) {
        return c == '—' || c == '–' || c == '-' || c == '/';
    }

    private static boolean isFullStop(char c) {
        return c == '.' || c == '。' || c == '!' || c == '?';
    }
}
