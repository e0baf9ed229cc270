package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.lexicon.PhraseKind;

/**
 * Short lines that are only a relative time ("2 days ago at 07:52 am", "3 小时前"). One such line
 * may date the article, but a page with several is showing a comment thread or a list of items;
 * each timestamp then marks a comment (when prose follows it) or a teaser. Marking the comments'
 * timestamps keeps a long thread from passing for the article: every comment becomes its own short
 * stretch between end markers.
 */
public final class RelativeTimeRule implements Rule {

    private static final int MAX_WORDS = 10;
    private static final int MIN_ON_PAGE = 3;
    private static final int MIN_COMMENT_WORDS = 8;
    private static final int LOOK_AHEAD = 3;

    @Override
    public String name() {
        return "relative-time";
    }

    @Override
    public void apply(Document doc) {
        boolean[] stamp = new boolean[doc.size()];
        int count = 0;
        for (int i = 0; i < doc.size(); i++) {
            if (!doc.isDecided(i) && isStamp(doc, i)) {
                stamp[i] = true;
                count++;
            }
        }
        if (count < MIN_ON_PAGE) {
            return;
        }
        for (int i = 0; i < doc.size(); i++) {
            if (!stamp[i]) {
                continue;
            }
            if (proseFollows(doc, i)) {
                doc.decide(i, Label.COMMENTS, name(), "one of " + count + " relative timestamps, followed by prose: a comment");
            } else {
                doc.decide(i, Label.TEASER, name(), "one of " + count + " relative timestamps: a list item's time");
            }
        }
    }

    private static boolean isStamp(Document doc, int i) {
        // "Jane Doe 12 minutes ago Wed 29th April 2020 | 03:32 PM" gives the full date as well: the
        // article's dateline, which comment stamps do not bother with.
        if (doc.stats(i).words() > MAX_WORDS || doc.stats(i).endsSentence() || !doc.dates(i).isEmpty()) {
            return false;
        }
        return !doc.occurrences(PhraseKind.RELATIVE_TIME, i).isEmpty()
                && (doc.stats(i).digits() > 0 || doc.lexicon().whole(PhraseKind.RELATIVE_TIME, doc.normalized(i)).isPresent());
    }

    private static boolean proseFollows(Document doc, int i) {
        for (int j = i + 1; j < Math.min(doc.size(), i + 1 + LOOK_AHEAD); j++) {
            if (doc.stats(j).words() >= MIN_COMMENT_WORDS) {
                return true;
            }
        }
        return false;
    }
}
