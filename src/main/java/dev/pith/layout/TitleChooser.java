package dev.pith.layout;

import dev.pith.Label;
import dev.pith.classify.BodyClassifier;
import dev.pith.doc.Document;
import dev.pith.rules.BreadcrumbRule.Breadcrumb;
import dev.pith.rules.TeaserListRule;
import dev.pith.text.TextStats;

import java.util.Locale;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks the headline among the blocks above the body. A headline is a line of a few to a few dozen
 * words that does not read as a paragraph; the page often shows it twice (in the breadcrumb, in the
 * window title, again above the body) and it stands close to the body. The site's banner and a
 * line in another language lose against it.
 */
final class TitleChooser {

    static final String NAME = "title";
    private static final int MIN_WORDS = 2;
    private static final int MAX_WORDS = 40;
    /** Words from which a line has a headline's length, and being shown again says it is one. */
    private static final int HEADLINE_WORDS = 4;
    /** How far above the body (in blocks) a headline is looked for when the page has no body. */
    private static final int NO_BODY_WINDOW = 12;
    /** An e-mail address; bounded repetition keeps a long line without "@" cheap. */
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]{1,64}@[\\w-]{1,63}\\.[\\w.]{2,}");

    /** Labels the headline of {@code doc} and returns its index, or -1 when there is none. */
    int choose(Document doc, BodyClassifier.Region body) {
        int end = body.isEmpty() ? Math.min(doc.size(), NO_BODY_WINDOW) : body.start();
        Set<String> crumbTails = breadcrumbTails(doc, end);
        int best = -1;
        double bestScore = 0;
        String bestWhy = "";
        for (int i = 0; i < end; i++) {
            boolean listed = TeaserListRule.isListedHeadline(doc, i);
            if (doc.isDecided(i) && !doc.is(i, Label.NAVIGATION) && !listed) {
                continue;
            }
            TextStats s = doc.stats(i);
            if (doc.segment(i).inList()) {
                continue; // a headline is never an item of a list; related headlines are
            }
            if (s.words() < MIN_WORDS || s.words() > MAX_WORDS || s.sentences() > 2 || isAddress(doc.text(i))) {
                continue;
            }
            double score = 1;
            StringBuilder why = new StringBuilder(s.words() + " words");
            if (s.words() >= HEADLINE_WORDS) {
                score += 2;
            }
            if (doc.text(i).endsWith(".")) {
                score -= 3; // headlines do not end with a full stop; sentences do
            }
            if (doc.is(i, Label.NAVIGATION) || listed) {
                score -= 2;
            }
            // A line of two or three words shown again is as often the author's name, repeated in the box
            // under the article, as a short headline.
            if (s.words() >= HEADLINE_WORDS && (doc.isRepeatedLater(i) || doc.firstCopy(i) >= 0) || crumbTails.contains(doc.text(i))) {
                score += 2;
                why.append(", shown again on the page");
            }
            int level = doc.segment(i).structure().headingLevel();
            if (level == 1) {
                score += 4;
                why.append(", h1");
            } else if (level == 2) {
                score += 1.5;
            }
            if (doc.isForeign(i, doc.language())) {
                score -= 1.5;
                why.append(", in another language");
            }
            score -= 0.25 * Math.min(end - i, 12); // the headline sits right above the body
            if (score > bestScore) {
                best = i;
                bestScore = score;
                bestWhy = why.toString();
            }
        }
        if (best >= 0) {
            doc.overrule(best, Label.TITLE, NAME, String.format(Locale.ROOT, "headline-shaped line above the body (%s; score %.1f)", bestWhy, bestScore));
        }
        return best;
    }

    /** A line that gives an e-mail or web address ("Contact the newsroom: news@example.com") is a contact line. */
    private static boolean isAddress(String text) {
        return text.contains("://") || text.contains("www.") || EMAIL.matcher(text).find();
    }

    /** The last parts of the breadcrumbs above {@code end}: a trail often ends with the headline. */
    private static Set<String> breadcrumbTails(Document doc, int end) {
        Set<String> tails = new HashSet<>();
        for (int j = 0; j < end; j++) {
            if (doc.is(j, Label.BREADCRUMB)) {
                Optional<Breadcrumb> crumb = Breadcrumb.parse(doc.text(j), doc.lexicon());
                crumb.ifPresent(c -> tails.add(c.parts().get(c.parts().size() - 1)));
            }
        }
        return tails;
    }
}
