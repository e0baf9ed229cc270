package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.lexicon.PhraseKind;

/**
 * A block that stands for media, not text: one bracketed token or phrase, which is what text browsers
 * leave for an image ("[16-inch-macbook-pro-800x533]", "[photo]") or an ad slot ("[INS::INS]"), but
 * not an empty form field ("[     ]", see {@link FormFieldRule}); or the text of an embedded post
 * ("Twitter post by @x: ...", "A post shared by ..."). It marks where a figure sits between paragraphs.
 *
 * <p>Stateless and thread-safe.
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
            if (doc.isDecided(i)) {
                continue;
            }
            if (isPlaceholder(t)) {
                doc.decide(i, Label.MEDIA, name(), "the whole block is in brackets");
            } else {
                var embed = doc.lexicon().prefixOf(PhraseKind.EMBED_PREFIX, doc.normalized(i));
                if (embed.isPresent()) {
                    doc.decide(i, Label.MEDIA, name(), "an embedded post: opens with " + embed.get().quoted());
                }
            }
        }
    }

    static boolean isPlaceholder(String t) {
        if (t.length() < 2 || t.length() > MAX_CHARS || t.charAt(0) != '[' || t.charAt(t.length() - 1) != ']') {
            return false;
        }
        // One bracketed group, not "[a] text [b]"; and not an empty one, which is a form's input field.
        return t.indexOf(']') == t.length() - 1 && !FormFieldRule.isEmptyField(t);
    }
}
