package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of cards that each end with the same short link ("Read More", "Continue reading"): a teaser
 * list of other articles, however long its excerpts are. The evidence is structural, not lexical: the
 * same short line at a regular spacing, at least {@link #MIN_CARDS} times, and every card holding a
 * line that points elsewhere (mostly link text) or carries a date. An article's own repeated line
 * (an "Advertisement" slot between paragraphs) has neither in its gaps, so it is left alone.
 */
public final class RepeatedCardRule implements Rule {

    private static final int MIN_CARDS = 3;
    private static final int MAX_WORDS = 4;
    private static final int MIN_GAP = 2;
    private static final int MAX_GAP = 8;
    /** How far one gap may differ from the typical one: cards of one list are built alike. */
    private static final int GAP_SLACK = 1;
    private static final double LINKED = 0.5;

    @Override
    public String name() {
        return "repeated-card";
    }

    @Override
    public void apply(Document doc) {
        Map<String, List<Integer>> occurrences = new HashMap<>();
        for (int i = 0; i < doc.size(); i++) {
            if (doc.stats(i).words() > 0 && doc.stats(i).words() <= MAX_WORDS) {
                occurrences.computeIfAbsent(doc.normalized(i), k -> new ArrayList<>()).add(i);
            }
        }
        for (Map.Entry<String, List<Integer>> e : occurrences.entrySet()) {
            List<Integer> at = e.getValue();
            if (at.size() >= MIN_CARDS) {
                markCards(doc, at, doc.text(at.get(0)));
            }
        }
    }

    /** Marks the cards closed by the occurrences {@code at}, when they are spaced and built like cards. */
    private void markCards(Document doc, List<Integer> at, String closer) {
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
        for (int g : gaps) {
            if (Math.abs(g - typical) > GAP_SLACK) {
                return;
            }
        }
        int first = Math.max(0, at.get(0) - typical + 1);
        for (int k = 0; k < at.size(); k++) {
            int from = k == 0 ? first : at.get(k - 1) + 1;
            if (!pointsElsewhere(doc, from, at.get(k))) {
                return;
            }
        }
        for (int i = first; i <= at.get(at.size() - 1); i++) {
            if (!doc.isDecided(i)) {
                doc.decide(i, Label.TEASER, name(), "one of " + at.size() + " cards that each end with '" + closer + "'");
            }
        }
    }

    /** Whether a card [from, to) holds a line that is mostly link text or that carries a date. */
    private static boolean pointsElsewhere(Document doc, int from, int to) {
        for (int i = from; i < to; i++) {
            if (doc.segment(i).structure().linkDensity() > LINKED || !doc.dates(i).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
