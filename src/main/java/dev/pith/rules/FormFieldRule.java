package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;

import java.util.regex.Pattern;

/**
 * A form, as a text browser prints it: an empty text field ("E-mail: [                    ]",
 * "[          ][Sign Up]") or a line that opens with a checkbox or radio button ("[ ]I agree that
 * ... can send me the newsletter", "[*] Non-necessary", "( ) Monthly"). A search box, a newsletter
 * sign-up or a comment form, never the article: the HTML path drops {@code form} elements before it
 * reads the page, and this rule does the same for the dumps made from such pages.
 *
 * <p>Stateless and thread-safe.
 */
public final class FormFieldRule implements Rule {

    /** An input field: brackets around nothing but spaces or underscores. */
    private static final Pattern FIELD = Pattern.compile("\\[[ _]{2,}]");
    /** A checkbox or radio button, ticked or not, before its label (an empty one alone is an {@link #isEmptyField}). */
    private static final Pattern TOGGLE = Pattern.compile("^[\\[(][ xX*][\\])](?:\\s|\\p{L})");
    /**
     * A radio button's label is a few words; "(*) Las cifras son provisionales ..." is a footnote, and
     * "(x) ..." an item of a legal list.
     */
    private static final int MAX_RADIO_WORDS = 8;
    /** A form's labels and notices are short; a longer block that shows brackets is something else. */
    private static final int MAX_WORDS = 60;

    @Override
    public String name() {
        return "form-field";
    }

    @Override
    public void apply(Document doc) {
        for (int i = 0; i < doc.size(); i++) {
            if (doc.isDecided(i) || doc.stats(i).words() > MAX_WORDS) {
                continue;
            }
            String t = doc.text(i).strip();
            if (isEmptyField(t) || FIELD.matcher(t).find()) {
                doc.decide(i, Label.NAVIGATION, name(), "a form's input field ('[    ]'): a search box, sign-up or comment form");
            } else if (TOGGLE.matcher(t).find() && (t.charAt(0) == '[' || doc.stats(i).words() <= MAX_RADIO_WORDS)) {
                doc.decide(i, Label.NAVIGATION, name(), "opens with a form's checkbox or radio button ('[ ]', '( )')");
            }
        }
    }

    /** Whether {@code text} is one input field alone ("[ ]", "[____]"), which a text browser draws for an empty box. */
    static boolean isEmptyField(String text) {
        String t = text.strip();
        if (t.length() < 3 || t.charAt(0) != '[' || t.charAt(t.length() - 1) != ']') {
            return false;
        }
        for (int k = 1; k < t.length() - 1; k++) {
            if (t.charAt(k) != ' ' && t.charAt(k) != '_') {
                return false;
            }
        }
        return true;
    }
}
