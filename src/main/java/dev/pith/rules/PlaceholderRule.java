package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;

/**
 * A block that is nothing but one bracketed token or phrase: what text browsers leave for an image
 * ("[16-inch-macbook-pro-800x533]", "[photo]"), an ad slot ("[INS::INS]") or a form field ("[ ]").
 * It stands for media, not for text, and marks where a figure sits between paragraphs.
 */
public final class PlaceholderRule implements Rule {

    private static final int MAX_CHARS = 200;

    @Override
    public String name() {
        return "placeholder";
    }

    @Override
    public void apply(Document doc) {
        for (int i = 0; i < doc.size(); i++) {
            String t = doc.text(i);
            if (!doc.isDecided(i) && isPlaceholder(t)) {
                doc.decide(i, Label.MEDIA, name(), "the whole block is in brackets");
            }
        }
    }

    static boolean isPlaceholder(String t) {
        if (t.length() < 2 || t.length() > MAX_CHARS || t.charAt(0) != '[' || t.charAt(t.length() - 1) != ']') {
            return false;
        }
        return t.indexOf(']') == t.length() - 1; // one bracketed group, not "[a] text [b]"
    }
}
