package dev.pith.classify;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.rules.FurniturePhraseRule;

import java.util.BitSet;

/**
 * Turns prose scores into the weights the main run is chosen on, with what the reader knows about
 * page layout: an odd block between paragraphs (an image's alt text beside its caption, one line
 * between two paragraphs) costs nothing, any other non-prose block costs at most {@link #FLOOR},
 * recognised furniture a little ({@link #FURNITURE_COST}), a list the article introduces nothing
 * ({@link InnerList}), end markers keep their full weight, and
 * once a comment section has begun after some prose, what follows is the readers' text, not the
 * article's, and does not count.
 */
final class RunWeights {

    /** The least a single non-prose block counts against the run. */
    static final double FLOOR = -1.0;
    /**
     * What a menu item, teaser, prompt or breadcrumb costs the run: next to nothing for a "read also"
     * box between two paragraphs, but a long stretch of them (a sidebar, the related list under a short
     * article) is no longer free to span on the way to more prose beyond it.
     */
    static final double FURNITURE_COST = 0.25;
    /** Prose right after the article's headline and dateline gets this much more, for this many blocks. */
    static final double START_BONUS = 1.0;
    static final int START_BLOCKS = 30;
    /**
     * How much prose after the start of the comments still counts: none. At a quarter, a thread of
     * seventy comments still outweighed the gap between it and a shorter article and was taken in.
     */
    static final double AFTER_COMMENTS = 0;
    /** Prose needed before a comment heading for it to open a comment section (not a count link at the top). */
    static final double PROSE_BEFORE_COMMENTS = 8.0;
    /** Prose needed before a comments heading with a comment form below it: a paragraph or two. */
    static final double PROSE_BEFORE_FORM = 1.5;
    /** How close below a comments heading the form's notice must come. */
    private static final int FORM_WITHIN = 4;

    private RunWeights() {
    }

    /** The weights of {@code scores}; {@code listed} holds the page's {@link InnerList}s (not changed). */
    static double[] of(Document doc, double[] scores, BitSet listed) {
        double[] out = scores.clone();
        int[] before = nearestScored(scores, -1);
        int[] after = nearestScored(scores, 1);
        for (int i = 0; i < out.length; i++) {
            if (isFurniture(doc.label(i))) { // never an end marker, so its score is 0
                out[i] = -FURNITURE_COST;
                continue;
            }
            if (doc.isDecided(i) || out[i] >= 0) {
                continue; // end markers keep their weight; other decided blocks score 0
            }
            boolean sandwiched = before[i] >= 0 && after[i] >= 0 && scores[before[i]] > 0 && scores[after[i]] > 0;
            if (besideFigure(doc, i) || sandwiched) {
                out[i] = 0;
            } else {
                out[i] = Math.max(out[i], FLOOR);
            }
        }
        for (int i = listed.nextSetBit(0); i >= 0; i = listed.nextSetBit(i + 1)) {
            out[i] = Math.max(out[i], 0); // a list the article introduces is the article going on
        }
        int start = ArticleStart.find(doc);
        for (int i = start + 1, k = 0; start >= 0 && i < out.length && k < START_BLOCKS; i++, k++) {
            if (out[i] > 0) {
                out[i] += START_BONUS;
            }
        }
        int comments = commentsStart(doc, scores);
        for (int i = comments + 1; comments >= 0 && i < out.length; i++) {
            if (out[i] > 0) {
                out[i] *= AFTER_COMMENTS;
            }
        }
        return out;
    }

    /**
     * The first comments block that follows a fair amount of prose, or -1: a comments heading, or a
     * comment count link ("Comments (79)") with a thread right below it.
     */
    private static int commentsStart(Document doc, double[] scores) {
        double prose = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean opens = doc.is(i, Label.COMMENTS) || FurniturePhraseRule.isCommentCount(doc, i) && CommentThread.follows(doc, i);
            // A comments heading with the comment form's notices right below it ("Your email address will
            // not be published") is the comment section itself, however short the article above it, once
            // there is an article above it at all (a comments flyout in the top bar comes before any prose).
            if (opens && (prose >= PROSE_BEFORE_COMMENTS || prose >= PROSE_BEFORE_FORM && formFollows(doc, i))) {
                return i;
            }
            prose += Math.max(0, scores[i]);
        }
        return -1;
    }

    /** Whether a comment form's notice (a policy line) comes within a few blocks below comments block {@code i}. */
    private static boolean formFollows(Document doc, int i) {
        for (int k = i + 1; k < Math.min(doc.size(), i + 1 + FORM_WITHIN); k++) {
            if (doc.is(k, Label.POLICY)) {
                return true;
            }
        }
        return false;
    }

    /**
     * For each block, the nearest block in direction {@code step} (-1 or 1) with a non-zero score, or
     * -1; one pass, so long stretches of decided blocks cost linear time.
     */
    private static int[] nearestScored(double[] scores, int step) {
        int n = scores.length;
        int[] out = new int[n];
        int last = -1;
        for (int k = 0; k < n; k++) {
            int i = step < 0 ? k : n - 1 - k;
            out[i] = last;
            if (scores[i] != 0) {
                last = i;
            }
        }
        return out;
    }

    /** Furniture a rule recognised that is not an end marker, a picture or a repeat. */
    private static boolean isFurniture(Label l) {
        return l == Label.NAVIGATION || l == Label.TEASER || l == Label.PROMOTION || l == Label.BREADCRUMB;
    }

    private static boolean besideFigure(Document doc, int i) {
        return isFigure(doc, i - 1) || isFigure(doc, i + 1);
    }

    /** Whether block {@code i} (which may be out of range) is part of a picture: its caption, credit or placeholder. */
    static boolean isFigure(Document doc, int i) {
        return i >= 0 && i < doc.size() && (doc.is(i, Label.CAPTION) || doc.is(i, Label.CREDIT) || doc.is(i, Label.MEDIA));
    }
}
