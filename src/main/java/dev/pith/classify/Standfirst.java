package dev.pith.classify;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.rules.DatedText;
import dev.pith.rules.DatelineRule;

/**
 * The run without the headline and standfirst it starts with. A dateline or byline a few blocks into
 * the run, under one or two short blocks of prose and above the rest of the article, marks where the
 * article starts: what stands above it is the page's header (the headline, a standfirst that sums the
 * story up in a sentence or two), which the run took in because it reads as prose. A long article that
 * its byline closes, several paragraphs above a date inside the text, or a paragraph under the article's
 * own dateline or standfirst with a related item's date below it, stay as they are.
 */
final class Standfirst {

    /** How far below the run's first prose the article's dateline or byline may sit. */
    private static final int REACH = 4;
    /** A header holds a headline and a standfirst at most. */
    private static final int MAX_ABOVE = 2;
    /** A standfirst is a sentence or two; a longer block above the date is the article's first paragraph. */
    private static final int MAX_WORDS = 40;
    /** The article must go on below the stamp, or the stamp closes a short article. */
    private static final int MIN_BELOW = 2;

    private Standfirst() {
    }

    /** {@code run} starting below its dateline or byline when the blocks above it are a header; else {@code run}. */
    static MainRun below(Document doc, MainRun run, boolean[] body) {
        if (run.isEmpty()) {
            return run;
        }
        int first = run.start();
        while (first < run.end() && !body[first]) {
            first++; // the run may open on a repeated kicker or a picture
        }
        for (int k = Math.max(0, run.start() - REACH); k < run.start(); k++) {
            if (isStamp(doc, k) || body[k]) {
                // The article's own stamp, or prose (its standfirst), stands right above the run: the run
                // opens with the first paragraph, and a date under it is some other item's.
                return run;
            }
        }
        for (int k = first + 1; k <= Math.min(run.end(), first + REACH); k++) {
            if (isStamp(doc, k)) {
                return isHeader(doc, run.start(), k, body) && proseBelow(k, run.end(), body) >= MIN_BELOW
                        ? new MainRun(k + 1, run.end()) : run;
            }
        }
        return run;
    }

    /**
     * The article's byline, or a dateline that says what its date is ("Published ...", "By ...", a time
     * zone, a name): a bare date ("- 2024-11-05 09:20:00") may be any item's, a related story's too, and
     * a sentence or a timeline's entry that opens with a date is the article's text.
     */
    private static boolean isStamp(Document doc, int i) {
        String text = doc.text(i);
        boolean dateline = doc.is(i, Label.DATELINE) && !DatelineRule.isEmbedSignature(text)
                && DatedText.otherWords(text, doc.dates(i)) > 0 && !doc.stats(i).endsSentence() && !isTimelineEntry(doc, i);
        return dateline || doc.is(i, Label.BYLINE);
    }

    /** "March 16, 2020: Schools close their doors": an entry of a timeline the article gives, not its dateline. */
    private static boolean isTimelineEntry(Document doc, int i) {
        var dates = doc.dates(i);
        String text = doc.text(i);
        if (dates.isEmpty() || !text.substring(0, dates.get(0).start()).isBlank()) {
            return false;
        }
        String after = text.substring(dates.get(0).end()).strip();
        return after.startsWith(":");
    }

    /**
     * Whether the blocks from {@code from} to the stamp are one or two short blocks of prose with no
     * picture after the first: a photo under a standfirst sets it apart from the first paragraph, which
     * then comes after the photo, not after the stamp.
     */
    private static boolean isHeader(Document doc, int from, int stamp, boolean[] body) {
        int prose = 0;
        for (int i = from; i < stamp; i++) {
            if (body[i] && (++prose > MAX_ABOVE || doc.stats(i).words() > MAX_WORDS)) {
                return false;
            }
            if (RunWeights.isFigure(doc, i) && prose > 0) {
                return false;
            }
        }
        return true;
    }

    private static int proseBelow(int stamp, int end, boolean[] body) {
        int n = 0;
        for (int i = stamp + 1; i <= end; i++) {
            if (body[i]) {
                n++;
            }
        }
        return n;
    }
}
