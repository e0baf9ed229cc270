package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.lexicon.Phrase;
import dev.pith.lexicon.PhraseKind;

import java.util.List;
import java.util.Optional;

/**
 * A trail of short parts joined by "&gt;", "»", "›" or "/" ("Home &gt; National &gt; North Korea",
 * "当前位置:首页 &gt; 资讯 &gt; ...") is a breadcrumb. The last part may be the headline, so only the
 * parts before it must be short, and it no longer than a headline.
 *
 * <p>Stateless and thread-safe.
 */
public final class BreadcrumbRule implements Rule {

    private static final int MAX_PART_WORDS = 5;
    /**
     * The last part may be a headline, not a paragraph: French quotes written "» ... »" split a
     * paragraph into short parts and a long one.
     */
    private static final int MAX_LAST_PART_WORDS = 30;

    @Override
    public String name() {
        return "breadcrumb";
    }

    @Override
    public void apply(Document doc) {
        for (int i = 0; i < doc.size(); i++) {
            if (doc.isDecided(i)) {
                continue;
            }
            Optional<Breadcrumb> crumb = Breadcrumb.parse(doc.text(i), doc.lexicon());
            int block = i;
            crumb.ifPresent(c -> doc.decide(block, Label.BREADCRUMB, name(),
                    c.parts().size() + " parts joined by '" + c.separator() + "'"
                            + (c.label() == null ? "" : ", after " + c.label().quoted())));
        }
    }

    /**
     * A parsed breadcrumb trail.
     *
     * @param label     the "You are here:" phrase before it, or null
     * @param parts     the parts, from the top
     * @param separator the separator used
     */
    public record Breadcrumb(Phrase label, List<String> parts, String separator) {

        private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
        private static final String[] SEPARATORS = {" > ", " >> ", " » ", " › ", " / ", " → ", " | ", ">", "»", "›"};

        /** The trail in {@code text}, if it is one. */
        public static Optional<Breadcrumb> parse(String text, dev.pith.lexicon.Lexicon lexicon) {
            if (!hasSeparatorChar(text)) {
                return Optional.empty(); // the trail is split out of the text itself: no separator, no parts
            }
            String rest = text.strip();
            String norm = dev.pith.lexicon.PhraseMatcher.normalize(rest);
            Phrase label = lexicon.prefixOf(PhraseKind.BREADCRUMB_PREFIX, norm).orElse(null);
            if (label != null && label.text().endsWith(":")) {
                rest = PrefixText.after(rest, label.text());
            } else if (label != null && !label.text().endsWith(":")) {
                label = null; // "Home" is a part of the trail, not a label before it
            }
            for (String sep : SEPARATORS) {
                List<String> parts = split(rest, sep);
                if (parts.size() < 2) {
                    continue;
                }
                boolean pipe = sep.strip().equals("|");
                if (pipe || (parts.size() < 3 && label == null && !startsAtHome(parts, lexicon))) {
                    continue; // "A | B" is a title with a site name; two parts need a label or "Home"
                }
                if (parts.subList(0, parts.size() - 1).stream().allMatch(Breadcrumb::isShortPart)
                        && SPACES.split(parts.get(parts.size() - 1)).length <= MAX_LAST_PART_WORDS) {
                    return Optional.of(new Breadcrumb(label, parts, sep.strip()));
                }
            }
            return Optional.empty();
        }

        /** Whether {@code text} holds a char of some separator; most blocks hold none. */
        private static boolean hasSeparatorChar(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '>' || c == '/' || c == '|' || c == '»' || c == '›' || c == '→') {
                    return true;
                }
            }
            return false;
        }

        private static boolean startsAtHome(List<String> parts, dev.pith.lexicon.Lexicon lexicon) {
            String first = dev.pith.lexicon.PhraseMatcher.normalize(parts.get(0));
            return lexicon.whole(PhraseKind.BREADCRUMB_PREFIX, first).isPresent();
        }

        private static List<String> split(String text, String sep) {
            if (!text.contains(sep)) {
                return List.of();
            }
            List<String> parts = new java.util.ArrayList<>();
            int from = 0;
            while (true) {
                int at = text.indexOf(sep, from);
                String t = (at < 0 ? text.substring(from) : text.substring(from, at)).strip();
                if (t.isEmpty()) {
                    return List.of();
                }
                parts.add(t);
                if (at < 0) {
                    return parts;
                }
                from = at + sep.length();
            }
        }

        private static boolean isShortPart(String part) {
            int words = SPACES.split(part).length;
            return words <= MAX_PART_WORDS && part.length() <= 40 && !part.endsWith(".");
        }
    }
}
