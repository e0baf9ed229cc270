package dev.pith.classify;

import dev.pith.doc.Document;

import java.util.HashMap;
import java.util.Map;

/**
 * Whether a comment thread starts below a block: every comment carries the same buttons ("Reply",
 * "Report", "Like"), so within a few blocks a short line begins to repeat. A count link that stands
 * between the article's paragraphs ("Comments (0)" in a share bar) has paragraphs below it instead.
 */
final class CommentThread {

    /** The thread's first buttons must come this close below the link. */
    private static final int START_WITHIN = 10;
    /** How far down the repeats are counted. */
    private static final int WINDOW = 60;
    private static final int MIN_REPEATS = 3;
    private static final int MAX_BUTTON_WORDS = 4;

    private CommentThread() {
    }

    static boolean follows(Document doc, int link) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> firstAt = new HashMap<>();
        for (int i = link + 1; i < Math.min(doc.size(), link + 1 + WINDOW); i++) {
            int words = doc.stats(i).words();
            if (words == 0 || words > MAX_BUTTON_WORDS) {
                continue;
            }
            String key = doc.normalized(i);
            firstAt.putIfAbsent(key, i);
            if (seen.merge(key, 1, Integer::sum) >= MIN_REPEATS && firstAt.get(key) - link <= START_WITHIN) {
                return true;
            }
        }
        return false;
    }
}
