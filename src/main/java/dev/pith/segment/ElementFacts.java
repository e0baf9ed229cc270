package dev.pith.segment;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What one element contributes to the {@link Structure} of each block beneath it: its class, id and
 * role tokens (and its own name when it is a semantic element), and which kinds of container it is.
 *
 * <p>Immutable.
 *
 * @param tokens    lower-case tokens, immutable
 * @param container whether it is the article's own container ({@code article}, {@code main}, {@code itemprop=articleBody})
 * @param listItem  whether it is an {@code li}
 * @param tableCell whether it is a row or cell of a data table (not of a table that lays out the page)
 * @param figure    whether it is a {@code figure} or {@code figcaption}
 * @param semantic  whether its first token is its own name ({@code nav}, {@code footer} ...), not a class name
 * @param holdsText whether it holds paragraphs of running text (see {@link #holdsText(Element)})
 */
record ElementFacts(List<String> tokens, boolean container, boolean listItem, boolean tableCell, boolean figure,
                    boolean semantic, boolean holdsText) {

    private static final Set<String> SEMANTIC = Set.of("nav", "aside", "footer", "header", "figure", "form",
            "figcaption", "menu", "time", "address");
    private static final int MAX_TOKEN_CHARS = 40;
    /** Paragraph elements among its children and grandchildren that make an element a holder of running text. */
    private static final int TEXT_PARAGRAPHS = 5;

    static ElementFacts of(Element e, Set<Element> layoutTables) {
        String name = e.normalName();
        List<String> tokens = new ArrayList<>(4);
        boolean semantic = SEMANTIC.contains(name);
        if (semantic) {
            tokens.add(name);
        }
        addTokens(tokens, e.className());
        addTokens(tokens, e.id());
        addTokens(tokens, e.attr("role"));
        return new ElementFacts(List.copyOf(tokens),
                name.equals("article") || name.equals("main") || "articleBody".equals(e.attr("itemprop")),
                name.equals("li"),
                isDataCell(e, name, layoutTables),
                name.equals("figure") || name.equals("figcaption"),
                semantic,
                holdsText(e));
    }

    private static boolean isParagraph(Element e) {
        return e.normalName().equals("p") && e.hasText();
    }

    /**
     * Whether the element holds several paragraph elements with text, as its children or theirs: the
     * element that running text sits in. Several, because a comment form's notice or an author's bio
     * comes in two or three paragraphs of its own. Looking two levels down and no further keeps the cost
     * to a few children per element, and still finds paragraphs an inner wrapper holds.
     */
    private static boolean holdsText(Element e) {
        int paragraphs = 0;
        for (Element child : e.children()) {
            if (isParagraph(child)) {
                paragraphs++;
            } else {
                for (Element grandchild : child.children()) {
                    if (isParagraph(grandchild)) {
                        paragraphs++;
                    }
                }
            }
            if (paragraphs >= TEXT_PARAGRAPHS) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDataCell(Element e, String name, Set<Element> layoutTables) {
        if (!name.equals("td") && !name.equals("th") && !name.equals("tr")) {
            return false;
        }
        for (Element up = e.parent(); up != null; up = up.parent()) {
            if (up.normalName().equals("table")) {
                return !layoutTables.contains(up);
            }
        }
        return true; // a stray cell outside any table
    }

    /**
     * Splits at runs of ASCII white space, '_' and '-' (so "main-content" and "main_content" say the
     * same), adds each joined name whole ("main-content"), keeping tokens short enough to be words rather than generated hashes. Hand-written: a regex
     * split here ran for every ancestor of every block and was the segmenter's largest cost.
     */
    private static void addTokens(List<String> tokens, String value) {
        if (value.isEmpty()) {
            return;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        int start = 0;
        int nameStart = 0;
        boolean joined = false;
        boolean negated = false;
        for (int i = 0, n = lower.length(); i <= n; i++) {
            char c = i == n ? ' ' : lower.charAt(i);
            if (isSeparator(c)) {
                int len = i - start;
                // "no-share", "no_comments": the name says the thing is absent, so its parts are no evidence.
                negated |= start == nameStart && !isSpace(c) && lower.startsWith(NEGATION, start) && len == NEGATION.length();
                if (len > 0 && len <= MAX_TOKEN_CHARS && !negated) {
                    tokens.add(lower.substring(start, i));
                }
                start = i + 1;
            }
            joined |= c == '-' || c == '_';
            if (isSpace(c)) {
                // The whole name too, so that a listed "author-bio" matches where "author" alone would say too little.
                if (joined && i - nameStart <= MAX_TOKEN_CHARS) {
                    tokens.add(lower.substring(nameStart, i).replace('_', '-'));
                }
                nameStart = i + 1;
                joined = false;
                negated = false;
            }
        }
    }

    private static final String NEGATION = "no";

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isSeparator(char c) {
        return isSpace(c) || c == '_' || c == '-';
    }
}
