package dev.pith.segment;

import dev.pith.Limits;
import dev.pith.head.HeadMetadata;
import dev.pith.head.HeadReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts an HTML page into blocks: the text of each block-level element (a paragraph, heading, list
 * item, table cell, caption), in document order, with the markup evidence around it
 * ({@link Structure}). Elements that are never content (scripts, styles, templates, hidden elements)
 * are dropped first.
 *
 * <p>The DOM is walked iteratively, so deep nesting costs no stack; elements deeper than
 * {@link Limits#maxDepth()} are flattened into their ancestor's block, with a warning.
 *
 * <p>Thread-safe: all state of a call lives in that call.
 */
public final class HtmlSegmenter {

    private static final Set<String> NEVER_CONTENT = Set.of("script", "style", "noscript", "template", "svg",
            "canvas", "iframe", "object", "embed", "head", "select", "option", "button", "input", "textarea");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd",
            "dt", "tr", "blockquote", "pre", "section", "article", "header", "footer", "nav", "aside",
            "figure", "figcaption", "ul", "ol", "dl", "table", "caption", "main", "address", "form", "hr", "br",
            "summary", "details", "fieldset", "legend", "body", "html");
    private static final Set<String> SEMANTIC = Set.of("nav", "aside", "footer", "header", "figure", "form",
            "figcaption", "menu", "time", "address");
    // Compiled once: these run for every block and every ancestor of it.
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[ \\t\\x0B\\f\\r\\n]+");
    private static final java.util.regex.Pattern TOKEN_SEPARATORS = java.util.regex.Pattern.compile("[\\s_-]+");
    private static final int MAX_TOKEN_ANCESTORS = 12;

    private final Limits limits;

    public HtmlSegmenter(Limits limits) {
        this.limits = limits;
    }

    /** The blocks of {@code html}; never throws for any markup. */
    public Segmentation segment(String html) {
        List<String> warnings = new ArrayList<>();
        if (html.length() > limits.maxInputChars()) {
            warnings.add("input truncated to " + limits.maxInputChars() + " of " + html.length() + " characters");
            html = html.substring(0, limits.maxInputChars());
        }
        Document dom = Jsoup.parse(html);
        HeadMetadata head = HeadReader.read(dom); // before scripts (JSON-LD) are dropped
        dropNonContent(dom);
        Collector collector = new Collector(warnings);
        NodeTraversor.traverse(collector, dom.body());
        collector.flush();
        return new Segmentation(collector.out, warnings, head);
    }

    private static void dropNonContent(Document dom) {
        List<Element> drop = new ArrayList<>();
        for (Element e : dom.getAllElements()) {
            String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
            if (NEVER_CONTENT.contains(e.normalName()) || e.hasAttr("hidden")
                    || "true".equals(e.attr("aria-hidden")) || style.contains("display:none")
                    || style.contains("visibility:hidden")) {
                drop.add(e);
            }
        }
        drop.forEach(Node::remove);
    }

    /** Gathers inline text into the innermost open block and emits it when the block ends. */
    private final class Collector implements NodeVisitor {
        private final List<String> warnings;
        private final List<Segment> out = new ArrayList<>();
        private final Deque<Element> open = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        /** A number per element met, for {@link Ancestry}; this page's only. */
        private final java.util.Map<Element, Integer> serials = new java.util.IdentityHashMap<>();
        private int linkChars;
        private int inLink;
        private boolean full;
        private boolean flattenedWarned;

        Collector(List<String> warnings) {
            this.warnings = warnings;
        }

        @Override
        public void head(Node node, int depth) {
            if (full) {
                return;
            }
            if (node instanceof TextNode t) {
                append(t);
            } else if (node instanceof Element e) {
                if (e.normalName().equals("a")) {
                    inLink++;
                }
                if (isBlock(e, depth)) {
                    flush();
                    open.push(e);
                } else if (isFlattened(e, depth) || isCell(e)) {
                    separate();
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (full || !(node instanceof Element e)) {
                return;
            }
            if (e.normalName().equals("a")) {
                inLink--;
            }
            if (isBlock(e, depth)) {
                flush();
                if (!open.isEmpty() && open.peek() == e) {
                    open.pop();
                }
            } else if (isFlattened(e, depth) || isCell(e)) {
                separate();
            }
        }

        private boolean isBlock(Element e, int depth) {
            return BLOCKS.contains(e.normalName()) && depth <= limits.maxDepth();
        }

        /** A block element too deep to be its own block: its text joins the ancestor's. */
        private boolean isFlattened(Element e, int depth) {
            if (BLOCKS.contains(e.normalName()) && depth > limits.maxDepth()) {
                if (!flattenedWarned) {
                    warnings.add("elements nested deeper than " + limits.maxDepth() + " levels were joined into their ancestor's block");
                    flattenedWarned = true;
                }
                return true;
            }
            return false;
        }

        /** A table cell: a table's row is one block (as a text browser lays it out), its cells apart. */
        private boolean isCell(Element e) {
            return e.normalName().equals("td") || e.normalName().equals("th");
        }

        /** Keeps the words of two flattened blocks, or two cells, apart. */
        private void separate() {
            if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
        }

        private void append(TextNode t) {
            String s = inPre(t) ? t.getWholeText() : t.text();
            if (s.isEmpty() || text.length() >= limits.maxBlockChars()) {
                return;
            }
            if (text.length() + s.length() > limits.maxBlockChars()) {
                warnings.add("a block was truncated to " + limits.maxBlockChars() + " characters");
                s = s.substring(0, limits.maxBlockChars() - text.length());
            }
            text.append(s);
            if (inLink > 0) {
                linkChars += s.strip().length();
            }
        }

        private boolean inPre(TextNode t) {
            Node p = t.parent();
            return p instanceof Element e && e.normalName().equals("pre");
        }

        void flush() {
            String clean = Whitespace.trim(SPACES.matcher(text).replaceAll(" "));
            if (!clean.isEmpty()) {
                if (out.size() >= limits.maxBlocks()) {
                    warnings.add("block limit of " + limits.maxBlocks() + " reached; the rest of the page was not read");
                    full = true;
                } else {
                    Element owner = open.isEmpty() ? null : open.peek();
                    Structure st = structure(owner, clean.length());
                    out.add(new Segment(out.size(), clean, -1, 0, 1, st.inList(), st.inList(), st));
                }
            }
            text.setLength(0);
            linkChars = 0;
        }

        private Structure structure(Element owner, int chars) {
            if (owner == null) {
                return new Structure("body", 0, 0, linkDensity(chars), Set.of(), false, false, false, false, Ancestry.NONE);
            }
            String tag = owner.normalName();
            int heading = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1)) ? tag.charAt(1) - '0' : 0;
            Set<String> tokens = new LinkedHashSet<>();
            boolean inArticle = false;
            boolean inList = false;
            boolean inTable = false;
            boolean inFigure = false;
            int depth = 0;
            int seen = 0;
            for (Element e = owner; e != null; e = e.parent()) {
                depth++;
                String name = e.normalName();
                boolean container = name.equals("article") || name.equals("main") || "articleBody".equals(e.attr("itemprop"));
                inList |= name.equals("li");
                inTable |= name.equals("td") || name.equals("th") || name.equals("tr");
                inFigure |= name.equals("figure") || name.equals("figcaption");
                // Tokens above the article's own container say where the article sits (a page with a
                // "sidebar" layout), not what this block is, so collecting stops there.
                if (!inArticle && seen++ < MAX_TOKEN_ANCESTORS) {
                    if (SEMANTIC.contains(name)) {
                        tokens.add(name);
                    }
                    addTokens(tokens, e.className());
                    addTokens(tokens, e.id());
                    addTokens(tokens, e.attr("role"));
                }
                inArticle |= container;
            }
            return new Structure(tag, heading, depth, linkDensity(chars), tokens, inArticle, inList, inTable, inFigure,
                    ancestry(owner, depth));
        }

        private Ancestry ancestry(Element owner, int depth) {
            int[] path = new int[depth];
            for (Element e = owner; e != null; e = e.parent()) {
                path[--depth] = serials.computeIfAbsent(e, k -> serials.size());
            }
            return new Ancestry(path);
        }

        private double linkDensity(int chars) {
            return chars == 0 ? 0 : Math.min(1.0, linkChars / (double) chars);
        }

        private static void addTokens(Set<String> tokens, String value) {
            for (String t : TOKEN_SEPARATORS.split(value.toLowerCase(Locale.ROOT))) {
                if (!t.isEmpty() && t.length() <= 40) {
                    tokens.add(t);
                }
            }
        }
    }
}
