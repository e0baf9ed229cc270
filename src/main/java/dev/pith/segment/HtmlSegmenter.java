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
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
            "canvas", "iframe", "object", "embed", "head", "select", "option", "button", "input", "textarea",
            "legend");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd",
            "dt", "tr", "blockquote", "pre", "section", "article", "header", "footer", "nav", "aside",
            "figure", "figcaption", "ul", "ol", "dl", "table", "caption", "main", "address", "form", "hr", "br",
            "summary", "details", "fieldset", "legend", "body", "html");
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
        Collector collector = new Collector(warnings, layoutTables(dom));
        NodeTraversor.traverse(collector, dom.body());
        collector.flush();
        return new Segmentation(collector.out, warnings, head);
    }

    private static void dropNonContent(Document dom) {
        List<Element> drop = new ArrayList<>();
        for (Element e : dom.getAllElements()) {
            if (NEVER_CONTENT.contains(e.normalName()) || e.hasAttr("hidden")
                    || "true".equals(e.attr("aria-hidden")) || hidesByStyle(e.attr("style"))) {
                drop.add(e);
            }
        }
        drop.forEach(Node::remove);
    }

    /**
     * Tables that lay out the page rather than hold data: nested in or holding another table (how pages
     * were built before CSS), or marked presentational. Their cells are read as any other block; only a
     * data table's rows are scored as data.
     */
    private static Set<Element> layoutTables(Document dom) {
        Set<Element> layout = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element table : dom.getElementsByTag("table")) {
            String role = table.attr("role");
            if (role.equals("presentation") || role.equals("none")) {
                layout.add(table);
            }
            for (Element up = table.parent(); up != null; up = up.parent()) {
                if (up.normalName().equals("table")) {
                    layout.add(table);
                    if (!layout.add(up)) {
                        break; // the tables above were marked from it already
                    }
                }
            }
        }
        return layout;
    }

    private static boolean hidesByStyle(String style) {
        if (style.isEmpty()) {
            return false; // most elements: spares a copy and a lower-casing per element
        }
        String css = style.replace(" ", "").toLowerCase(Locale.ROOT);
        return css.contains("display:none") || css.contains("visibility:hidden");
    }

    /** Gathers inline text into the innermost open block and emits it when the block ends. */
    private final class Collector implements NodeVisitor {
        private final List<String> warnings;
        private final List<Segment> out = new ArrayList<>();
        private final Deque<Element> open = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private final Map<Element, ElementFacts> facts = new IdentityHashMap<>();
        private final Map<Element, Structure> shapes = new IdentityHashMap<>();
        /** Each element's chain, numbered in the order met; this page's only. */
        private final Map<Element, Ancestry> chains = new IdentityHashMap<>();
        private final Set<Element> layoutTables;
        private int linkChars;
        private int inLink;
        private boolean full;
        private boolean flattenedWarned;

        Collector(List<String> warnings, Set<Element> layoutTables) {
            this.warnings = warnings;
            this.layoutTables = layoutTables;
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
            String clean = Whitespace.trim(collapseHtmlSpaces(text));
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
                return new Structure("body", 0, 0, linkDensity(chars), TokenSet.EMPTY, false, false, false, false, Ancestry.NONE);
            }
            Structure shape = shapes.get(owner);
            if (shape == null) {
                shape = shape(owner);
                shapes.put(owner, shape);
            }
            return shape.withLinkDensity(linkDensity(chars));
        }

        /**
         * Everything of a block's structure but its link density, which depends on its owner element
         * only: an element whose text is cut into several blocks (by a nested block) is walked once.
         */
        private Structure shape(Element owner) {
            String tag = owner.normalName();
            int heading = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1)) ? tag.charAt(1) - '0' : 0;
            // A list, not a set: Structure copies it into an immutable set, which drops the repeats.
            List<String> tokens = new ArrayList<>();
            boolean inArticle = false;
            boolean inList = false;
            boolean inTable = false;
            boolean inFigure = false;
            int depth = 0;
            int seen = 0;
            boolean aboveText = false;
            for (Element e = owner; e != null; e = e.parent()) {
                depth++;
                ElementFacts facts = facts(e);
                inList |= facts.listItem();
                inTable |= facts.tableCell();
                inFigure |= facts.figure();
                // Tokens above the article's own container say where the article sits (a page with a
                // "sidebar" layout), not what this block is, so collecting stops there. Class names above
                // the element that holds the running text describe that text as a whole: a wrapper named
                // "subscription" or "paywall" around an article's paragraphs is the article behind a
                // paywall, not a prompt; only semantic elements (nav, footer) still count there.
                if (!inArticle && seen++ < MAX_TOKEN_ANCESTORS) {
                    if (!aboveText) {
                        tokens.addAll(facts.tokens());
                    } else if (facts.semantic()) {
                        tokens.add(facts.tokens().get(0));
                    }
                }
                inArticle |= facts.container();
                aboveText |= facts.holdsText();
            }
            return new Structure(tag, heading, depth, 0, TokenSet.copyOf(tokens), inArticle, inList, inTable, inFigure,
                    ancestry(owner));
        }

        private Ancestry ancestry(Element owner) {
            Ancestry known = chains.get(owner);
            if (known != null) {
                return known;
            }
            // Up to the first ancestor with a chain, then down again: no recursion, however deep the page.
            Deque<Element> missing = new ArrayDeque<>();
            Ancestry above = Ancestry.NONE;
            for (Element e = owner; e != null; e = e.parent()) {
                Ancestry a = chains.get(e);
                if (a != null) {
                    above = a;
                    break;
                }
                missing.push(e);
            }
            while (!missing.isEmpty()) {
                Element e = missing.pop();
                above = above.child(chains.size());
                chains.put(e, above);
            }
            return above;
        }

        /**
         * Every block walks all its ancestors, so a page asks about the same few outer elements once per
         * block; reading and splitting their attributes once per page keeps that walk cheap.
         */
        private ElementFacts facts(Element e) {
            ElementFacts f = facts.get(e);
            if (f == null) {
                f = ElementFacts.of(e, layoutTables);
                facts.put(e, f);
            }
            return f;
        }

        private double linkDensity(int chars) {
            return chars == 0 ? 0 : Math.min(1.0, linkChars / (double) chars);
        }

        /**
         * Each run of HTML's ASCII white space made one space (other white space, such as the no-break
         * space, is text). Hand-written because it runs once per block, where a regex cost more than the
         * copy.
         */
        private static String collapseHtmlSpaces(CharSequence text) {
            if (text.length() == 0) {
                return ""; // most calls: a block closing right after another
            }
            StringBuilder b = new StringBuilder(text.length());
            boolean inRun = false;
            for (int i = 0, n = text.length(); i < n; i++) {
                char c = text.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                    if (!inRun) {
                        b.append(' ');
                        inRun = true;
                    }
                } else {
                    b.append(c);
                    inRun = false;
                }
            }
            return b.toString();
        }

    }
}
