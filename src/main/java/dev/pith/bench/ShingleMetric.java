package dev.pith.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article-extraction benchmark's metric: texts split into word tokens, all 4-token shingles, and
 * per page the true positives, false positives and false negatives over the shingle multisets.
 * Precision and recall are averaged over pages; F1 is the harmonic mean of the two averages.
 *
 * <p>Matches {@code tools/score.py shingle}: tokens are Python's {@code \w+} (letters, numbers and the
 * underscore; no case folding), a text of fewer than four tokens is one shingle, a page where nothing
 * was predicted counts for recall only, and a page where prediction and truth are both empty scores 1.
 * Immutable and thread-safe.
 */
public final class ShingleMetric {

    private static final int N = 4;

    /**
     * One page's score; {@code precision} or {@code recall} is NaN when it is undefined (nothing
     * predicted, or nothing expected) and the page does not count for that mean.
     */
    public record PageScore(String id, double precision, double recall) {
        public double f1() {
            double p = Double.isNaN(precision) ? 0 : precision;
            double r = Double.isNaN(recall) ? 0 : recall;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The means over a set of pages. */
    public record Summary(int pages, double precision, double recall) {
        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    public PageScore score(String id, String predicted, String truth) {
        Map<List<String>, Integer> p = shingles(predicted);
        Map<List<String>, Integer> t = shingles(truth);
        int tp = 0;
        int fp = 0;
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            int inTruth = t.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), inTruth);
            fp += Math.max(0, e.getValue() - inTruth);
        }
        int fn = 0;
        for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
            fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
        }
        if (fp == 0 && fn == 0) {
            return new PageScore(id, 1, 1);
        }
        double precision = tp + fp == 0 ? Double.NaN : tp / (double) (tp + fp);
        double recall = tp + fn == 0 ? Double.NaN : tp / (double) (tp + fn);
        return new PageScore(id, precision, recall);
    }

    public Summary summarize(List<PageScore> scores) {
        double p = 0;
        int np = 0;
        double r = 0;
        int nr = 0;
        for (PageScore s : scores) {
            if (!Double.isNaN(s.precision())) {
                p += s.precision();
                np++;
            }
            if (!Double.isNaN(s.recall())) {
                r += s.recall();
                nr++;
            }
        }
        return new Summary(scores.size(), np == 0 ? 0 : p / np, nr == 0 ? 0 : r / nr);
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> t = tokens(text == null ? "" : text);
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, t.size() - N + 1); i++) {
            List<String> sh = t.subList(Math.min(i, t.size()), Math.min(i + N, t.size()));
            if (!sh.isEmpty()) {
                out.merge(List.copyOf(sh), 1, Integer::sum);
            }
        }
        return out;
    }

    /** Python's {@code \w+} tokens: runs of letters, numbers and underscores. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean word = isWordChar(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    private static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
