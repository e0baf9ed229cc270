package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.doc.Verdict;
import dev.pith.lexicon.Lexicon;
import dev.pith.lexicon.Phrase;
import dev.pith.lexicon.PhraseKind;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A block that is, as a whole, a furniture phrase of some language ("Same tag", "Comment (0)",
 * "相关新闻", "Tin liên quan"), or a short line made only of page-tool words ("print share email").
 *
 * <p>Stateless and thread-safe.
 */
public final class FurniturePhraseRule implements Rule {

    private static final String COMMENT_COUNT = " with a count: a link to the comments";

    // Counts, arrows and trailing dots that decorate furniture: "Comments (12)", "Same category »",
    // "Most read:", "You may also like...".
    private static final Pattern DECORATION = Pattern.compile("\\s*(?:\\(\\d{1,7}\\)|\\[\\d{1,7}\\]|\\d{1,7}|[:»›>|•·]+|\\.{3}|…)\\s*$");
    // "[ 167 comments ]", "(View all)", "【熱門點閱】": brackets around the whole block; "167 comments": a count first.
    private static final Pattern ENCLOSING = Pattern.compile("^[\\[(<【〔「『]\\s*(.{1,80}?)\\s*[\\])>】〕」』]$");
    /** The brackets {@link #ENCLOSING} opens with, and at the same place the one each must close with. */
    private static final String OPENERS = "[(<【〔「『";
    private static final String CLOSERS = "])>】〕」』";
    private static final Pattern LEADING_COUNT = Pattern.compile("^\\d{1,7}\\s+(?=\\p{L})");
    private static final int MAX_TOOL_WORDS = 6;
    private static final int MAX_FOOTER_WORDS = 20;

    @Override
    public String name() {
        return "furniture-phrase";
    }

    /**
     * Whether block {@code i} was labelled a link to the comments ("Comments (79)"): at the top of the
     * page it is a link, but after the article it is where the comment section starts, and the classifier
     * reads it so.
     */
    public static boolean isCommentCount(Document doc, int i) {
        Verdict v = doc.verdict(i);
        return v != null && v.label() == Label.NAVIGATION && v.evidence().endsWith(COMMENT_COUNT);
    }

    @Override
    public void apply(Document doc) {
        Lexicon lex = doc.lexicon();
        for (int i = 0; i < doc.size(); i++) {
            if (doc.isDecided(i)) {
                continue;
            }
            String norm = undecorate(doc.normalized(i));
            if (norm.isEmpty()) {
                continue;
            }
            Optional<Hit> hit = match(lex, norm);
            if (hit.isPresent()) {
                // "Comments (12)" is a link to the comments, often next to the headline, not the
                // comments' heading: it does not mark the article's end.
                boolean countLink = hit.get().label() == Label.COMMENTS && doc.stats(i).digits() > 0;
                doc.decide(i, countLink ? Label.NAVIGATION : hit.get().label(), name(),
                        hit.get().phrase().quoted() + (countLink ? COMMENT_COUNT : ""));
            }
            if (!doc.isDecided(i) && doc.stats(i).words() <= MAX_FOOTER_WORDS) {
                Optional<Phrase> footer = lex.prefixOf(PhraseKind.FOOTER, norm).filter(p -> p.text().endsWith(":"));
                if (footer.isPresent()) {
                    doc.decide(i, Label.FOOTER, name(), "opens with " + footer.get().quoted());
                }
            }
            if (!doc.isDecided(i) && isToolLine(lex, norm, doc.stats(i).endsSentence())) {
                doc.decide(i, Label.NAVIGATION, name(), "only page-tool words: '" + norm + "'");
            }
        }
    }

    private record Hit(Phrase phrase, Label label) {
    }

    private static Optional<Hit> match(Lexicon lex, String norm) {
        Optional<Phrase> p = lex.whole(PhraseKind.TEASER, norm);
        if (p.isPresent()) {
            return Optional.of(new Hit(p.get(), Label.TEASER));
        }
        p = lex.whole(PhraseKind.COMMENTS, norm);
        if (p.isPresent()) {
            return Optional.of(new Hit(p.get(), Label.COMMENTS));
        }
        p = lex.whole(PhraseKind.FOOTER, norm);
        if (p.isPresent()) {
            return Optional.of(new Hit(p.get(), Label.FOOTER));
        }
        p = lex.whole(PhraseKind.SOURCE_HEADING, norm);
        if (p.isPresent()) {
            return Optional.of(new Hit(p.get(), Label.SOURCE));
        }
        p = lex.whole(PhraseKind.NAVIGATION, norm);
        return p.map(phrase -> new Hit(phrase, Label.NAVIGATION));
    }

    static String undecorate(String norm) {
        // Each pattern is tried only when the block's first or last char could start or end a match:
        // most blocks are prose, and an unanchored search from every position of a paragraph was the
        // rule's main cost.
        String s = (isEnclosed(norm) ? ENCLOSING.matcher(norm).replaceFirst("$1") : norm).strip();
        if (!s.isEmpty() && s.charAt(0) >= '0' && s.charAt(0) <= '9') {
            s = LEADING_COUNT.matcher(s).replaceFirst("");
        }
        for (int k = 0; k < 3 && mayEndDecorated(s); k++) {
            String t = DECORATION.matcher(s).replaceFirst("");
            if (t.equals(s)) {
                break;
            }
            s = t;
        }
        return s.strip();
    }

    /** Whether a pair of brackets encloses the whole of {@code s} ("[ 167 comments ]", "【熱門點閱】", not "「...』"). */
    private static boolean isEnclosed(String s) {
        int open = s.isEmpty() ? -1 : OPENERS.indexOf(s.charAt(0));
        return open >= 0 && s.charAt(s.length() - 1) == CLOSERS.charAt(open);
    }

    /**
     * Whether {@link #DECORATION} can match: its last char before trailing white space (and a final line
     * terminator, which {@code $} allows) must be a bracket, a digit, a separator or the last of three dots.
     */
    private static boolean mayEndDecorated(String s) {
        int i = s.length() - 1;
        while (i >= 0 && " \t\n\u000B\f\r\u0085\u2028\u2029".indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = s.charAt(i);
        // A sentence's full stop is no ellipsis: most paragraphs end in one, and the search then ran
        // from every position of the paragraph only to fail.
        return c == ')' || c == ']' || (c >= '0' && c <= '9') || ":»›>|•·…".indexOf(c) >= 0
                || c == '.' && i >= 2 && s.charAt(i - 1) == '.' && s.charAt(i - 2) == '.';
    }

    private static boolean isToolLine(Lexicon lex, String norm, boolean sentence) {
        if (sentence) {
            return false;
        }
        String[] words = norm.split(" ");
        if (words.length > MAX_TOOL_WORDS) {
            return false;
        }
        for (String w : words) {
            if (!lex.contains(PhraseKind.NAVIGATION, w)) {
                return false;
            }
        }
        return true;
    }
}
