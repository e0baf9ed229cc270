package dev.pith.classify;

/**
 * The stretch of blocks with the most prose in it: the contiguous range whose scores add up to the
 * most (a maximum-sum subarray). Furniture inside the article (a teaser between two paragraphs) scores
 * zero and is spanned; end markers (a byline, a comment prompt) score very low and close the range.
 *
 * @param start first block of the run, -1 when the page has no prose
 * @param end   last block of the run (inclusive), -1 when the page has no prose
 */
record MainRun(int start, int end) {

    static final MainRun NONE = new MainRun(-1, -1);

    boolean contains(int i) {
        return i >= start && i <= end;
    }

    boolean isEmpty() {
        return start < 0;
    }

    /** The run of {@code scores} with the largest positive sum; the earliest on ties. */
    static MainRun of(double[] scores) {
        double best = 0;
        int bestStart = -1;
        int bestEnd = -1;
        double sum = 0;
        int start = 0;
        for (int i = 0; i < scores.length; i++) {
            if (sum <= 0) {
                sum = 0;
                start = i;
            }
            sum += scores[i];
            if (sum > best + 1e-9) {
                best = sum;
                bestStart = start;
                bestEnd = i;
            }
        }
        return bestStart < 0 ? NONE : new MainRun(bestStart, bestEnd);
    }
}
