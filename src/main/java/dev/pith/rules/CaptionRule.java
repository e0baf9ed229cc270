package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.lexicon.Phrase;
import dev.pith.lexicon.PhraseKind;
import dev.pith.lexicon.PhraseMatcher;
import dev.pith.text.TextStats;

import java.util.List;
import java.util.Optional;

/**
 * A photo caption, known by its credit or by being shown twice. It ends with a photo credit, in
 * brackets ("... (Ảnh: AFP/TTXVN)", "... (Source: KCNA)") or as its last sentence ("... on Tuesday.
 * Photo: AFP"); it is a descriptive sentence shown twice within a few blocks, or twice in a row on one
 * line (an image's alt text and its caption, which text dumps keep both of); the photo's credit line
 * comes right after it ("Heavy smog over the city on Tuesday." then "Jane Doe/Getty Images"); or it
 * stands right above a caption that starts the same way (the picture's alt text), or is repeated just
 * below with a credit run on ("... in Washington. Reuters/TOM BRENNER"); or, in up to 40 words, it names
 * who stands where in the picture (the lexicons' caption markers: "(left)", ", right,", "from left,").
 *
 * <p>Stateless and thread-safe.
 */
public final class CaptionRule implements Rule {

    private static final int NEAR = 3;
    private static final int MIN_WORDS_UNPUNCTUATED = 15;
    private static final int MAX_WORDS = 120;
    private static final int MAX_CREDIT_WORDS = 8;
    /** A caption that names who stands where is a sentence or two. */
    private static final int MAX_MARKED_WORDS = 40;
    /** A caption is a sentence or two; a paragraph above an uncaptioned photo's credit is longer. */
    private static final int MAX_WORDS_ABOVE_CREDIT = 60;
    /**
     * A long line without a full stop shown twice is a caption only in sentence case: in title case
     * ("Prime Minister Says Restrictions Can Be Lifted") it is the headline, shown by the page twice.
     */
    private static final double TITLE_CASE = 0.7;

    @Override
    public String name() {
        return "caption";
    }

    @Override
    public void apply(Document doc) {
        for (int i = 0; i < doc.size(); i++) {
            TextStats s = doc.stats(i);
            if (doc.isDecided(i) || s.words() > MAX_WORDS) {
                continue;
            }
            String tail = creditTail(doc, i);
            if (tail != null) {
                doc.decide(i, Label.CAPTION, name(), "ends with a photo credit '" + tail + "'");
                continue;
            }
            if (isAboveCredit(doc, i)) {
                doc.decide(i, Label.CAPTION, name(), "the photo credit follows it");
                continue;
            }
            Phrase marker = s.words() <= MAX_MARKED_WORDS ? marker(doc, i) : null;
            if (marker != null) {
                doc.decide(i, Label.CAPTION, name(), "names who stands where: " + marker.quoted());
                continue;
            }
            if (isDoubled(doc.text(i)) && s.endsSentence()) {
                doc.decide(i, Label.CAPTION, name(), "descriptive text printed twice in a row");
                continue;
            }
            int copy = s.endsSentence() ? creditedCopy(doc, i) : -1;
            if (copy >= 0) {
                doc.decide(i, Label.CAPTION, name(), "the picture's text, shown again in block " + copy + " with a credit after it");
                doc.decide(copy, Label.CAPTION, name(), "the caption of block " + i + " with a credit after it");
            } else if (repeatedNearby(doc, i) && (s.endsSentence() || s.words() >= MIN_WORDS_UNPUNCTUATED && s.capitalShare() < TITLE_CASE)) {
                doc.decide(i, Label.CAPTION, name(), "descriptive text shown twice within " + NEAR + " blocks");
            }
        }
        for (int i = doc.size() - 2; i >= 0; i--) {
            if (!doc.isDecided(i) && doc.is(i + 1, Label.CAPTION) && startsAlike(doc.normalized(i), doc.normalized(i + 1))) {
                doc.decide(i, Label.CAPTION, name(), "the picture's text right above its caption, which starts the same way");
            }
        }
    }

    /**
     * Whether two texts share most of the shorter one as their start: a text dump prints a picture's
     * alt text, then its caption, where the page may have cut one short ("... Denmark ... [+]") or added
     * the credit to the other.
     */
    private static boolean startsAlike(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int same = 0;
        while (same < n && a.charAt(same) == b.charAt(same)) {
            same++;
        }
        return same >= MIN_ALIKE_CHARS && same >= ALIKE_SHARE * n;
    }

    private static final int MIN_ALIKE_CHARS = 30;
    private static final double ALIKE_SHARE = 0.6;

    /**
     * In a text dump the credit line under a photo closes its caption, a sentence; a line without a
     * full stop there is the headline above the lead photo. In HTML a paragraph can be followed by the
     * credit of an uncaptioned photo, and captions are known by their figure markup.
     */
    private static boolean isAboveCredit(Document doc, int i) {
        return !doc.segment(i).structure().isMarkup() && doc.stats(i).endsSentence() && doc.stats(i).words() <= MAX_WORDS_ABOVE_CREDIT
                && i + 1 < doc.size() && doc.is(i + 1, Label.CREDIT);
    }

    /**
     * The bracketed credit that ends block {@code i} ("(ảnh: afp/ttxvn)"), or its closing credit
     * sentence, or null. A block that is all bracket is a credit line, for the credit rule, not a
     * caption.
     */
    static String creditTail(Document doc, int i) {
        Optional<CreditTail> tail = CreditTail.of(doc.text(i)).filter(t -> t.start() > 0);
        if (tail.isEmpty()) {
            return doc.stats(i).words() <= MAX_WORDS_ABOVE_CREDIT
                    ? CreditTail.closingSentence(doc.text(i), doc.lexicon()).map(CreditTail::inner).orElse(null) : null;
        }
        String inner = tail.get().inner();
        String norm = PhraseMatcher.normalize(inner);
        // "(Manu Fernandez/AP)": a photographer and an agency, which a story's own closing bracket does not name.
        boolean photographer = namesAPhotographer(doc, norm)
                || doc.stats(i).words() <= MAX_WORDS_ABOVE_CREDIT && CreditRule.pictureSource(doc, norm, inner, CreditRule.BRACKET_MARKS).isPresent();
        boolean credit = tail.get().creditWord(doc.lexicon()).isPresent() || photographer && startsUpperCase(doc.text(i));
        return credit ? inner : null;
    }

    /**
     * "(AP Photo/Jane Doe)", "(Getty Images)": a short bracket holding a photo word. An agency alone,
     * "(Reuters)", closes the text of a story, not a caption, so agency names do not count.
     */
    private static boolean namesAPhotographer(Document doc, String inner) {
        String[] words = inner.split("[\\s/,;:]+");
        if (words.length > MAX_CREDIT_WORDS) {
            return false;
        }
        for (String w : words) {
            if (doc.lexicon().contains(PhraseKind.CREDIT_WORD, w) && !doc.lexicon().contains(PhraseKind.AGENCY, w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the last bracket of {@code text} starts with a capital, as credits do ("(AP Photo/...)", "(File)"). */
    private static boolean startsUpperCase(String text) {
        int open = text.lastIndexOf('(');
        return open >= 0 && open + 1 < text.length() && Character.isUpperCase(text.codePointAt(open + 1));
    }

    /**
     * "Crowds on Lygon Street.Crowds on Lygon Street.": a picture's alt text and its caption, which a
     * text dump ran together.
     */
    private static boolean isDoubled(String text) {
        String t = text.strip();
        int half = t.length() / 2;
        return half >= MIN_ALIKE_CHARS && (t.length() % 2 == 0 || Character.isWhitespace(t.charAt(half)))
                && t.regionMatches(0, t, t.length() - half, half);
    }

    /** The first caption marker ("(left)", "from right") in block {@code i}, or null. */
    private static Phrase marker(Document doc, int i) {
        List<Phrase> found = doc.occurrences(PhraseKind.CAPTION_MARKER, i);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * The block within {@link #NEAR} below sentence {@code i} that repeats it and adds a short tail that is
     * no sentence ("... in Washington D.C." then "... in Washington D.C. Reuters/TOM BRENNER", or
     * "... (Image credit: NASA)"): a
     * picture's alt text, then its caption with the credit run on; or -1. An opening sentence that the
     * first paragraph repeats goes on with more sentences, not with a name.
     */
    private static int creditedCopy(Document doc, int i) {
        String text = doc.normalized(i);
        for (int j = i + 1; j < Math.min(doc.size(), i + 1 + NEAR); j++) {
            String copy = doc.normalized(j);
            if (copy.length() > text.length() + 1 && copy.startsWith(text) && copy.charAt(text.length()) == ' '
                    && (!doc.stats(j).endsSentence() || CreditTail.isOneBracket(copy.substring(text.length() + 1)))
                    && doc.stats(j).words() - doc.stats(i).words() <= MAX_CREDIT_WORDS) {
                return j;
            }
        }
        return -1;
    }

    private static boolean repeatedNearby(Document doc, int i) {
        for (int j = i + 1; j < Math.min(doc.size(), i + 1 + NEAR); j++) {
            if (doc.firstCopy(j) == i) {
                return true;
            }
        }
        return false;
    }
}
