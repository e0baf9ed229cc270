package dev.pith.classify;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.lexicon.Lexicon;
import dev.pith.lexicon.PhraseKind;
import dev.pith.segment.Ancestry;

import java.util.BitSet;
import java.util.List;

/**
 * The deepest HTML element that holds every paragraph of the main run, and what else in it belongs to
 * the article. The container goes on after the last block that reads as prose (a recipe's
 * ingredients, the resolutions a report lists, a closing table of prices: lines too short to score
 * as prose, in the same element as the paragraphs above them, where a sidebar or a related list never
 * is), until the element's end, a link list, or the first block a rule recognised (a byline, a share
 * bar, a related box).
 *
 * <p>Immutable. Text dumps have no elements: {@link #of} gives null for them.
 *
 * @param path  the first body block's ancestry
 * @param depth how many elements of {@code path}, from the root, the container and its ancestors are
 */
record ArticleElement(Ancestry path, int depth) {

    /** The container must be narrower than the page: deeper than html and body and one wrapper. */
    private static final int MIN_CONTAINER_DEPTH = 4;
    private static final double MAX_LINK_DENSITY = 0.5;
    private static final int MAX_TAIL = 300;
    private static final List<PhraseKind> OPENERS = List.of(PhraseKind.TEASER, PhraseKind.FOOTER,
            PhraseKind.NAVIGATION, PhraseKind.COMMENTS, PhraseKind.PROMOTION, PhraseKind.POLICY);

    /**
     * The element holding the run's body blocks, or null when there is none narrower than the page.
     *
     * @param body whether each block of the run reads as the article's (is about to be labelled body)
     */
    static ArticleElement of(Document doc, MainRun run, boolean[] body) {
        int first = run.start();
        while (run.contains(first) && !body[first]) {
            first++;
        }
        if (!run.contains(first)) {
            return null;
        }
        Ancestry path = ancestry(doc, first);
        int depth = path.depth() - 1; // one block alone: its parent
        for (int i = first + 1; run.contains(i); i++) {
            if (body[i]) {
                depth = Math.min(depth, path.shared(ancestry(doc, i)));
            }
        }
        return depth < MIN_CONTAINER_DEPTH ? null : new ArticleElement(path, depth);
    }

    /** Whether block {@code i} sits inside this element. */
    boolean holds(Document doc, int i) {
        return ancestry(doc, i).shared(path) >= depth;
    }

    /**
     * The blocks of the element after the run that continue the article, in order (with the repeats
     * of its own lines among them).
     */
    BitSet tail(Document doc, MainRun run, boolean[] body) {
        BitSet tail = new BitSet();
        int linked = 0;
        for (int i = run.end() + 1; i < doc.size() && i - run.end() <= MAX_TAIL; i++) {
            if (!holds(doc, i)) {
                break;
            }
            int copyOf = doc.firstCopy(i);
            if (doc.label(i) == Label.DUPLICATE && copyOf >= 0 && (body[copyOf] || tail.get(copyOf))) {
                tail.set(i); // the article's own line again ("Eat every 2-3 hours" per meal); the classifier judges it
                continue;
            }
            if (doc.isDecided(i) || doc.segment(i).structure().inFigure()) {
                if (!doc.isDecided(i) || isAside(doc.label(i))) {
                    continue; // a figure's caption is not the article's text, but the article goes on
                }
                break;
            }
            if (opensFurniture(doc, i)) {
                break;
            }
            // One linked line ("more ideas here") is the article pointing elsewhere; two in a row are a list of links.
            if (doc.segment(i).structure().linkDensity() >= MAX_LINK_DENSITY) {
                if (++linked > 1) {
                    break;
                }
                continue;
            }
            linked = 0;
            tail.set(i);
        }
        return tail;
    }

    /**
     * A line the rules let pass as too weak alone but that cannot continue an article: one that opens
     * like a teaser, a footer, a menu or a prompt ("Related roundup: ...", "Topics"), or holds a
     * subscription or policy phrase anywhere.
     */
    private static boolean opensFurniture(Document doc, int i) {
        Lexicon lex = doc.lexicon();
        String norm = doc.normalized(i);
        for (PhraseKind kind : OPENERS) {
            if (lex.prefixOf(kind, norm).isPresent()) {
                return true;
            }
        }
        return !doc.occurrences(PhraseKind.PROMOTION, i).isEmpty() || !doc.occurrences(PhraseKind.POLICY, i).isEmpty();
    }

    /** A picture, its caption or a repeat sits in an article without ending it. */
    private static boolean isAside(Label l) {
        return l == Label.MEDIA || l == Label.CAPTION || l == Label.CREDIT || l == Label.DUPLICATE;
    }

    private static Ancestry ancestry(Document doc, int i) {
        return doc.segment(i).structure().ancestry();
    }
}

