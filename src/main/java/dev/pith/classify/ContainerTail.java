package dev.pith.classify;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.lexicon.Lexicon;
import dev.pith.lexicon.PhraseKind;
import dev.pith.segment.Ancestry;

import java.util.BitSet;
import java.util.List;

/**
 * In HTML, the article's own container goes on after the last block that reads as prose: a recipe's
 * ingredients, the resolutions a report lists, a closing table of prices. Those lines are too short
 * to score as prose, yet they sit in the same element as the paragraphs above them, where a sidebar
 * or a related list never does. The tail ends at the container's end, at a link list, or at the
 * first block a rule recognised (a byline, a share bar, a related box).
 *
 * <p>Text dumps have no containers and are left alone.
 */
final class ContainerTail {

    /** The container must be narrower than the page: deeper than html and body and one wrapper. */
    private static final int MIN_CONTAINER_DEPTH = 4;
    private static final double MAX_LINK_DENSITY = 0.5;
    private static final int MAX_TAIL = 300;
    private static final List<PhraseKind> OPENERS = List.of(PhraseKind.TEASER, PhraseKind.FOOTER,
            PhraseKind.NAVIGATION, PhraseKind.COMMENTS, PhraseKind.PROMOTION, PhraseKind.POLICY);

    private ContainerTail() {
    }

    /**
     * The blocks of the article's container after the run that continue the article, in order (with
     * the repeats of its own lines among them); empty when the run is not in a container narrower
     * than the page.
     *
     * @param body whether each block of the run reads as the article's (is about to be labelled body)
     */
    static BitSet extend(Document doc, MainRun run, boolean[] body) {
        BitSet tail = new BitSet();
        int first = run.start();
        while (run.contains(first) && !body[first]) {
            first++;
        }
        if (!run.contains(first)) {
            return tail;
        }
        Ancestry container = ancestry(doc, first);
        int depth = container.depth() - 1; // one block alone: its parent
        for (int i = first + 1; run.contains(i); i++) {
            if (body[i]) {
                depth = Math.min(depth, container.shared(ancestry(doc, i)));
            }
        }
        if (depth < MIN_CONTAINER_DEPTH) {
            return tail;
        }
        int linked = 0;
        for (int i = run.end() + 1; i < doc.size() && i - run.end() <= MAX_TAIL; i++) {
            if (ancestry(doc, i).shared(container) < depth) {
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
        return !lex.occurrences(PhraseKind.PROMOTION, norm).isEmpty() || !lex.occurrences(PhraseKind.POLICY, norm).isEmpty();
    }

    /** A picture, its caption or a repeat sits in an article without ending it. */
    private static boolean isAside(Label l) {
        return l == Label.MEDIA || l == Label.CAPTION || l == Label.CREDIT || l == Label.DUPLICATE;
    }

    private static Ancestry ancestry(Document doc, int i) {
        return doc.segment(i).structure().ancestry();
    }
}

