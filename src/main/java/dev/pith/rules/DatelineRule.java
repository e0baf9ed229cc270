package dev.pith.rules;

import dev.pith.Label;
import dev.pith.date.DateMention;
import dev.pith.doc.Document;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A short line built around a date ("2024-09-22 01:19:30 来源:Anhui News", "Báo Quốc Tế 11/02/2024",
 * "- 2024-11-05 09:20:00"). Where it stands decides what the date is: the article's date below the
 * headline, the masthead's above it, a related item's after the article; the pipeline settles that
 * once the body is known.
 *
 * <p>Stateless and thread-safe.
 */
public final class DatelineRule implements Rule {

    private static final int MAX_OTHER_WORDS = 10;
    private static final int MIN_SENTENCE_WORDS = 4;
    /**
     * "— Jane Doe (@janedoe) November 18, 2019": the signature an embedded post carries under its
     * text. It dates the quoted post, not the article, and belongs with the post wherever it stands.
     */
    private static final Pattern EMBED_SIGNATURE = Pattern.compile("^[—–-]\\s.{1,80}?\\(@\\w{1,40}\\)");

    @Override
    public String name() {
        return "dateline";
    }

    @Override
    public void apply(Document doc) {
        for (int i = 0; i < doc.size(); i++) {
            if (doc.isDecided(i) || doc.stats(i).sentences() > 1 && doc.stats(i).endsSentence()
                    || isEmbedSignature(doc, i)) {
                continue;
            }
            List<DateMention> dates = doc.dates(i);
            if (dates.isEmpty()) {
                continue;
            }
            int others = DatedText.otherWords(doc.text(i), dates);
            // "Parliament will vote on 16 January 2024." is a sentence that mentions a date, not a dateline.
            boolean sentence = doc.stats(i).endsSentence() && others >= MIN_SENTENCE_WORDS;
            if (others <= MAX_OTHER_WORDS && !sentence) {
                doc.decide(i, Label.DATELINE, name(), "date " + dates.get(0).value() + " with " + others + " other words");
            }
        }
    }

    /**
     * Whether block {@code i} is the signature of a post embedded in the page, in HTML. Only markup
     * shows which post a signature closes (it sits in the post's quote); in a text dump the line stays
     * a dateline, which leaves the article's run unbroken, and the classifier takes it into the body
     * when it stands inside the article.
     */
    public static boolean isEmbedSignature(Document doc, int i) {
        return doc.segment(i).structure().isMarkup() && isEmbedSignature(doc.text(i));
    }

    /** Whether {@code text} reads as the signature of an embedded post ("— Jane Doe (@janedoe) ..."). */
    public static boolean isEmbedSignature(String text) {
        return EMBED_SIGNATURE.matcher(text).find();
    }
}
