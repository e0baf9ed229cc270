package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of cards that each end alike: with the same short link ("Read More", "Continue reading") or
 * with an excerpt cut short ("... said the minister..."): a teaser list of other articles, however long
 * its excerpts are. The evidence is structural, not lexical: the same closer at a regular spacing, at
 * least {@link #MIN_CARDS} times in a row, and every card holding a line that points elsewhere (mostly
 * link text, a date, an excerpt cut short) or, when an excerpt closes it, a picture. An article's own
 * repeated line (an "Advertisement" slot between paragraphs) has none of these in its gaps, so it is
 * left alone.
 *
 * <p>Stateless and thread-safe.
 */
public final class RepeatedCardRule implements Rule {

    private static final int MIN_CARDS = 3;
    private static final int MAX_WORDS = 4;
    private static final int MIN_GAP = 2;
    private static final int MAX_GAP = 8;
    /** How far one gap may differ from the typical one: cards of one list are built alike. */
    private static final int GAP_SLACK = 1;
    private static final double LINKED = 0.5;
    /** Fewer words than this and a trailing "..." is a teaser's headline style, not an excerpt cut short. */
    private static final int MIN_EXCERPT_WORDS = 5;
    /**
     * The key of the closers known by their shape rather than their words: no normalised block text
     * starts with a control character, so it cannot meet a short link's key.
     */
    private static final String EXCERPT = "\u0001an excerpt cut short";

    @Override
    public String name() {
        return "repeated-card";
    }

    @Override
    public void apply(Document doc) {
        Map<String, List<Integer>> occurrences = new LinkedHashMap<>();
        for (int i = 0; i < doc.size(); i++) {
            String key = closerKey(doc, i);
            if (key != null) {
                occurrences.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        for (Map.Entry<String, List<Integer>> e : occurrences.entrySet()) {
            for (List<Integer> list : lists(e.getValue())) {
                if (list.size() >= MIN_CARDS) {
                    boolean excerpts = e.getKey().equals(EXCERPT);
                    String closer = excerpts ? EXCERPT.substring(1) + " ('...')" : "'" + doc.text(list.get(0)) + "'";
                    markCards(doc, list, closer, excerpts);
                }
            }
        }
    }

    /** What closes a card if block {@code i} does: its normalised text for a short line, a shape key, or null. */
    private static String closerKey(Document doc, int i) {
        int words = doc.stats(i).words();
        if (words > 0 && words <= MAX_WORDS) {
            return doc.normalized(i);
        }
        return isCutShort(doc, i) ? EXCERPT : null;
    }

    /** An excerpt that stops mid-text with an ellipsis, as teaser lists print the start of another story. */
    private static boolean isCutShort(Document doc, int i) {
        if (doc.stats(i).words() < MIN_EXCERPT_WORDS) {
            return false;
        }
        String t = doc.text(i).strip();
        return t.endsWith("...") || t.endsWith("\u2026");
    }

    /**
     * The occurrences cut where two stand too far apart to close neighbouring cards, so the same "Read
     * more" in a menu at the top does not break up the list of cards further down.
     */
    private static List<List<Integer>> lists(List<Integer> at) {
        List<List<Integer>> out = new ArrayList<>();
        int from = 0;
        for (int k = 1; k <= at.size(); k++) {
            if (k == at.size() || at.get(k) - at.get(k - 1) > MAX_GAP + GAP_SLACK) {
                out.add(at.subList(from, k));
                from = k;
            }
        }
        return out;
    }

    private void markRegular(Document doc, List<Integer> at, String closer, boolean excerpts) {
        if (at.size() >= MIN_CARDS) {
            markCards(doc, at, closer, excerpts);
        }
    }

    /**
     * Marks the cards closed by the occurrences {@code at}, when they are spaced and built like cards;
     * {@code excerpts} when the closers are excerpts cut short, not a short link.
     */
    private void markCards(Document doc, List<Integer> at, String closer, boolean excerpts) {
        int[] gaps = new int[at.size() - 1];
        for (int k = 1; k < at.size(); k++) {
            gaps[k - 1] = at.get(k) - at.get(k - 1);
        }
        int[] sorted = gaps.clone();
        Arrays.sort(sorted);
        int typical = sorted[sorted.length / 2];
        if (typical < MIN_GAP || typical > MAX_GAP) {
            return;
        }
        int odd = -1;
        for (int k = 0; k < gaps.length; k++) {
            if (Math.abs(gaps[k] - typical) > GAP_SLACK) {
                if (odd >= 0 || gaps[k] < typical) {
                    return; // closers at uneven spacing (cards of two kinds, or a closer inside an article)
                }
                odd = k;
            }
        }
        if (odd >= 0) {
            // One heading set between two lists of the same cards ("More from this newsroom") makes a single
            // gap too long: each side is still a list when it is long enough to be one.
            markRegular(doc, at.subList(0, odd + 1), closer, excerpts);
            markRegular(doc, at.subList(odd + 1, at.size()), closer, excerpts);
            return;
        }
        // The first card is taken as long as the shortest, not the typical one: a longer guess would reach
        // back into whatever stands above the list, the last paragraph of an article.
        int first = Math.max(0, at.get(0) - sorted[0] + 1);
        for (int k = 0; k < at.size(); k++) {
            int from = k == 0 ? first : at.get(k - 1) + 1;
            if (!pointsElsewhere(doc, from, at.get(k)) && !(excerpts && isPictured(doc, from, at.get(k)))) {
                return;
            }
        }
        for (int i = first; i <= at.get(at.size() - 1); i++) {
            if (!doc.isDecided(i)) {
                doc.decide(i, Label.TEASER, name(), "one of " + at.size() + " cards that each end with " + closer);
            }
        }
    }

    /**
     * Whether a card [from, to) that closes with an excerpt cut short holds a picture: a headline, its
     * picture and the start of its story is the teaser card of text dumps, where no link shows. A
     * short closing link is no such evidence with a picture: an "Advertisement" slot and an image
     * can stand between an article's paragraphs.
     */
    private static boolean isPictured(Document doc, int from, int to) {
        for (int i = from; i < to; i++) {
            if (doc.is(i, Label.MEDIA)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a card [from, to) holds a line that is mostly link text, carries a date or is an excerpt cut short. */
    private static boolean pointsElsewhere(Document doc, int from, int to) {
        for (int i = from; i < to; i++) {
            if (doc.segment(i).structure().linkDensity() > LINKED || !doc.dates(i).isEmpty() || isCutShort(doc, i)) {
                return true;
            }
        }
        return false;
    }
}
