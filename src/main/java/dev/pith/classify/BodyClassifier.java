package dev.pith.classify;

import dev.pith.DetectedLanguage;
import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.doc.Verdict;
import dev.pith.lexicon.Phrase;
import dev.pith.rules.DatelineRule;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Chooses the article's body: scores every undecided block as prose, finds the main run of prose,
 * decides the page's language from that run, scores again with blocks in other languages marked down,
 * and labels the run's blocks. A short paragraph between two long ones stays body; a headline-shaped
 * line or a foreign-language block inside the run does not.
 *
 * <p>Stateless and thread-safe.
 */
public final class BodyClassifier {

    static final String NAME = "body";
    /** Below this a block inside the main run is not body (a short sentence scores about -1). */
    static final double INSIDE_THRESHOLD = -2.0;
    /** Heaviest language first; on a tie the alphabetically first tag, so the result is deterministic. */
    private static final Comparator<Map.Entry<String, Double>> BY_WEIGHT_THEN_TAG =
            Map.Entry.<String, Double>comparingByValue()
                    .thenComparing(Map.Entry.<String, Double>comparingByKey().reversed());
    /** End markers: once the byline, the source or the comments come, the article is over. */
    static final double END_MARKER = -8.0;
    private static final double MAX_PART_LINKS = 0.5;
    /** A recurring line is a question or a step, not a paragraph. */
    private static final int MAX_RECURRING_WORDS = 20;
    /** A closing sentence says something; "Social comment?" under a share bar does not. */
    private static final int MIN_CLOSING_WORDS = 6;

    /** Labels a rule gives the lines that stand right above an article's first paragraph. */
    private static final Set<Label> OPENS_ARTICLE = EnumSet.of(Label.BYLINE, Label.DATELINE);

    /**
     * Labels the body of {@code doc} and sets its language.
     *
     * @return the main run (first and last body block), or {@link MainRun#NONE}
     */
    public Region classify(Document doc) {
        BitSet inner = InnerList.of(doc);
        MainRun first = MainRun.of(RunWeights.of(doc, scores(doc, DetectedLanguage.UND), inner));
        doc.language(vote(doc, first));
        double[] scores = scores(doc, doc.language());
        boolean[] body = readsAsBody(doc, scores);
        MainRun grown = withOpeningSentences(doc, withClosingSentences(doc, fromFirstParagraph(doc, MainRun.of(RunWeights.of(doc, scores, inner))), body), body);
        MainRun prose = Standfirst.below(doc, grown, body);
        int closing = prose.isEmpty() ? prose.end() : ClosingList.extend(doc, prose.end());
        // The article may go on below its list ("The measures are:", the items, then "So far, two cases
        // were reported."): the sentences right after the list are read as those after the run are.
        int afterList = closing > prose.end() ? withClosingSentences(doc, new MainRun(prose.start(), closing), body).end() : closing;
        int interview = closing == prose.end() ? Interview.extend(doc, prose.end()) : closing;
        ArticleElement element = prose.isEmpty() ? null : ArticleElement.of(doc, prose, body);
        BitSet tail = element == null ? new BitSet() : element.tail(doc, prose, body);
        int end = Math.max(Math.max(afterList, interview), tail.length() - 1);
        Optional<Phrase> credit = prose.isEmpty() ? Optional.empty() : ClosingCredit.of(doc, end + 1);
        MainRun run = prose.isEmpty() ? prose : new MainRun(prose.start(), credit.isPresent() ? end + 1 : end);
        BitSet subheadings = Subheadings.of(doc, prose, body);
        subheadings.or(NumberedSubheadings.of(doc, prose, body));
        for (int i = Math.max(0, run.start()); run.contains(i); i++) {
            if (isRecurringLine(doc, i, prose, tail)) {
                doc.overrule(i, Label.BODY, NAME, "repeats body block " + doc.firstCopy(i) + " inside the main run (a recurring question or step)");
                continue;
            }
            if (i > prose.start() && i < prose.end() && doc.is(i, Label.DATELINE) && !doc.segment(i).structure().isMarkup()
                    && DatelineRule.isEmbedSignature(doc.text(i))) {
                // A text dump keeps no quote around an embedded post: its signature was read as a dateline,
                // and the line right above it is the post's text, in whatever language the post was
                // written (this loop may have called it foreign a step ago; no rule's label is overruled).
                doc.overrule(i, Label.BODY, NAME, "signature of a post the article embeds");
                Verdict above = doc.verdict(i - 1);
                if (above == null || above.rule().equals(NAME)) {
                    doc.overrule(i - 1, Label.BODY, NAME, "text of the post the article embeds, above its signature");
                }
                continue;
            }
            if (doc.isDecided(i)) {
                continue;
            }
            if (credit.isPresent() && i == run.end()) {
                doc.decide(i, Label.BODY, NAME, "the wire's closing credit under the article: " + credit.get().quoted());
            } else if (i > prose.end() && i <= closing) {
                doc.decide(i, Label.BODY, NAME, "item of the list that closes the article");
            } else if (i > prose.end() && i <= interview) {
                doc.decide(i, Label.BODY, NAME, "turn of the questions and answers that close the article");
            } else if (i > closing && i <= afterList) {
                doc.decide(i, Label.BODY, NAME, "sentence right after the article's closing list");
            } else if (i > prose.end()) {
                if (tail.get(i)) {
                    doc.decide(i, Label.BODY, NAME, "in the article's element after its last paragraph");
                }
            } else if (scores[i] >= INSIDE_THRESHOLD) {
                doc.decide(i, Label.BODY, NAME, String.format(java.util.Locale.ROOT,
                        "prose in the main run (%d words, score %.1f)", doc.stats(i).words(), scores[i]));
            } else if (inner.get(i) && i > prose.start() && i < prose.end()) {
                doc.decide(i, Label.BODY, NAME, "a list the article introduces, or its introduction");
            } else if (isMarkedUpPart(doc, i)) {
                doc.decide(i, Label.BODY, NAME, "heading, list item, table cell or short paragraph inside the main run, in the markup");
            } else if (subheadings.get(i)) {
                doc.decide(i, Label.BODY, NAME, "subheading: one of " + subheadings.cardinality() + " short lines that each open a section of the article");
            } else if (DatelineRule.isEmbedSignature(doc, i)) {
                // "— Jane Doe (@janedoe) November 18, 2019": names and a handle, which the language
                // detector reads as any language; it closes a post the article quotes.
                doc.decide(i, Label.BODY, NAME, "signature of a post the article embeds");
            } else if (doc.isForeign(i, doc.language())) {
                doc.decide(i, Label.FOREIGN, NAME, doc.language(i).tag() + " inside a " + doc.language() + " article, not prose");
            }
        }
        return new Region(run.start(), run.end());
    }

    /**
     * The run grown over the whole sentences right after it. The best run stops short of a short
     * closing sentence ("Wichita East's Hugh McPherson won the 100 yard freestyle.") because a short
     * line scores below zero, as a menu item does; but a sentence right after the article's
     * paragraphs, in its language, is the article going on; the first line a rule recognised (a share
     * bar, a byline, a comments heading) stops it. (Growing the run's start the same way, over any
     * sentence, lost more than it won on the pages the rules were tuned on; it grows only up to a byline
     * or a dateline, see {@link #withOpeningSentences}.)
     */
    private static MainRun withClosingSentences(Document doc, MainRun run, boolean[] body) {
        if (run.isEmpty()) {
            return run;
        }
        int end = run.end();
        while (end + 1 < doc.size() && isSentence(doc, end + 1, body)) {
            end++;
        }
        return new MainRun(run.start(), end);
    }

    /**
     * The run without the table rows it starts with. A table row scores a little above zero so that a
     * table between the article's paragraphs does not break the run, which also lets a row of share
     * buttons laid out as a table in a text dump join the run's top; the article starts with a
     * paragraph, when it has one.
     */
    private static MainRun fromFirstParagraph(Document doc, MainRun run) {
        int start = run.start();
        while (!run.isEmpty() && start <= run.end() && !doc.isDecided(start) && doc.segment(start).structure().inTable()) {
            start++;
        }
        // A run of table rows alone is the page's table (a standings table is the article): it stays.
        return start == run.start() || start > run.end() ? run : new MainRun(start, run.end());
    }

    /**
     * The run grown upwards over the whole sentences between it and the article's byline or dateline:
     * the article starts right below them, and a short opening sentence ("Donations keep coming in.")
     * scores below zero as a short closing one does.
     */
    private static MainRun withOpeningSentences(Document doc, MainRun run, boolean[] body) {
        if (run.isEmpty()) {
            return run;
        }
        int start = run.start();
        while (start > 0 && isSentence(doc, start - 1, body) && !isQuestionOrExclamation(doc.text(start - 1))) {
            start--;
        }
        return start < run.start() && start > 0 && OPENS_ARTICLE.contains(doc.label(start - 1))
                ? new MainRun(start, run.end()) : run;
    }

    /** A headline may end in "?" or "!"; a paragraph that opens the article rarely does. */
    private static boolean isQuestionOrExclamation(String text) {
        int i = text.length() - 1;
        while (i >= 0 && !Character.isLetterOrDigit(text.charAt(i)) && QUESTION_OR_EXCLAMATION.indexOf(text.charAt(i)) < 0) {
            i--;
        }
        return i >= 0 && QUESTION_OR_EXCLAMATION.indexOf(text.charAt(i)) >= 0;
    }

    private static final String QUESTION_OR_EXCLAMATION = "?!？！؟";

    private static boolean isSentence(Document doc, int i, boolean[] body) {
        return body[i] && doc.stats(i).endsSentence()
                && doc.stats(i).words() >= MIN_CLOSING_WORDS
                && !doc.isForeign(i, doc.language());
    }

    private static boolean[] readsAsBody(Document doc, double[] scores) {
        boolean[] body = new boolean[doc.size()];
        for (int i = 0; i < body.length; i++) {
            body[i] = !doc.isDecided(i) && scores[i] >= INSIDE_THRESHOLD;
        }
        return body;
    }

    /**
     * A short line that repeats one of the article's own lines, between the article's paragraphs: the
     * question an interview puts to each guest, the step a recipe repeats per meal. A repeated line
     * elsewhere (a caption shown twice, a teaser repeating the headline) was not body the first time,
     * and a long repeated paragraph is more likely the page printing the article twice.
     */
    private static boolean isRecurringLine(Document doc, int i, MainRun prose, BitSet tail) {
        int first = doc.firstCopy(i);
        return first >= 0 && (i < prose.end() || tail.get(i)) && doc.label(i) == Label.DUPLICATE && doc.label(first) == Label.BODY
                && doc.stats(i).words() <= MAX_RECURRING_WORDS;
    }

    /**
     * In HTML a heading, list item, table cell, quote or short paragraph element between the article's
     * paragraphs is the article's own ("It's complicated.", a subheading, an item): a teaser there
     * would be a link, and furniture comes in boxes (a div), not in the article's p elements. A text
     * dump cannot tell a subheading from a link line.
     */
    private static boolean isMarkedUpPart(Document doc, int i) {
        var st = doc.segment(i).structure();
        boolean part = st.headingLevel() >= 2 || st.inList() || st.inTable() || st.tag().equals("blockquote") || st.tag().equals("p");
        return st.isMarkup() && part && !st.inFigure() && st.linkDensity() < MAX_PART_LINKS && !doc.isForeign(i, doc.language());
    }

    /** The first and last block of the article's main run; -1 for both when there is none. */
    public record Region(int start, int end) {
        public boolean isEmpty() {
            return start < 0;
        }
    }

    private static double[] scores(Document doc, String pageLanguage) {
        double[] scores = new double[doc.size()];
        for (int i = 0; i < doc.size(); i++) {
            Label l = doc.label(i);
            if (l == null) {
                scores[i] = ProseScore.of(doc, i, pageLanguage);
            } else if (endsArticle(l)) {
                scores[i] = END_MARKER;
            }
        }
        return scores;
    }

    /** Labels after which the article does not go on: its byline or source line, its footer, comments, legal text. */
    static boolean endsArticle(Label l) {
        return l == Label.BYLINE || l == Label.SOURCE || l == Label.COMMENTS || l == Label.POLICY || l == Label.FOOTER;
    }

    /**
     * The page's language: the language with the most letters among the prose blocks of the main run
     * (so a long sidebar in another language does not outvote a shorter article), or of all undecided
     * blocks when there is no run.
     */
    private static String vote(Document doc, MainRun run) {
        List<Integer> voters = new ArrayList<>();
        long unread = 0;
        for (int i = 0; i < doc.size(); i++) {
            boolean candidate = run.isEmpty() ? !doc.isDecided(i) : run.contains(i) && !doc.isDecided(i);
            if (candidate) {
                voters.add(i);
                unread += doc.stats(i).letters();
            }
        }
        // Detecting a block's language is the dearest step of a page, so the longest blocks vote first
        // and the count stops once the leader is ahead by more letters than the rest could give anyone
        // (a vote weighs at most its letters): the answer is the one counting every block would give.
        voters.sort(Comparator.comparingInt((Integer i) -> -doc.stats(i).letters()).thenComparingInt(i -> i));
        Map<String, Double> weight = new TreeMap<>();
        for (int i : voters) {
            if (isSettled(weight, unread)) {
                break;
            }
            unread -= doc.stats(i).letters();
            DetectedLanguage lang = doc.language(i);
            if (lang.isKnown()) {
                weight.merge(lang.tag(), doc.stats(i).letters() * lang.confidence(), Double::sum);
            }
        }
        return weight.entrySet().stream()
                .max(BY_WEIGHT_THEN_TAG)
                .map(Map.Entry::getKey)
                .orElse(DetectedLanguage.UND);
    }

    /** Whether the leading language stays ahead even if all {@code unread} letters went to another. */
    private static boolean isSettled(Map<String, Double> weight, long unread) {
        double first = 0;
        double second = 0;
        for (double w : weight.values()) {
            if (w > first) {
                second = first;
                first = w;
            } else if (w > second) {
                second = w;
            }
        }
        // The margin covers the rounding of sums taken in another order.
        return first - second > unread + 1e-6 * first;
    }
}
