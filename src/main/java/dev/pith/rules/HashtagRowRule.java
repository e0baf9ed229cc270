package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;

/**
 * A row of hashtags ("#Business #coronavirus #Economy", "tags #Local Markets #Nifty #Sensex"): the
 * story's tags, or a menu of topics, run together on one line in a text dump. Three or more tags of a
 * few words each, and nothing else but a one-word label before them; a paragraph that mentions
 * hashtags has words between and around them.
 *
 * <p>Stateless and thread-safe.
 */
public final class HashtagRowRule implements Rule {

    private static final int MIN_TAGS = 3;
    /** A tag is a word or a name ("#Sergio Mattarella", "#Северо-Казахстанская область"), not a sentence. */
    private static final int MAX_TAG_WORDS = 4;
    /** A longer block is no row of tags; keeps the scan short. */
    private static final int MAX_CHARS = 600;

    @Override
    public String name() {
        return "hashtag-row";
    }

    @Override
    public void apply(Document doc) {
        for (int i = 0; i < doc.size(); i++) {
            if (doc.isDecided(i)) {
                continue;
            }
            int tags = tags(doc.text(i));
            if (tags >= MIN_TAGS) {
                doc.decide(i, Label.NAVIGATION, name(), "a row of " + tags + " hashtags: the story's tags or a menu of topics");
            }
        }
    }

    /** The number of tags in {@code text} if it is a row of them (after at most a one-word label), else 0. */
    static int tags(String text) {
        String t = text.strip();
        int first = t.indexOf('#');
        if (first < 0 || t.length() > MAX_CHARS || first > 0 && t.substring(0, first).strip().contains(" ")) {
            return 0;
        }
        String[] parts = t.substring(first + 1).split("#", -1);
        for (String part : parts) {
            String tag = part.strip();
            if (tag.isEmpty() || !Character.isLetterOrDigit(tag.codePointAt(0)) || tag.split("\\s+").length > MAX_TAG_WORDS
                    || tag.endsWith(".")) {
                return 0;
            }
        }
        return parts.length;
    }
}
