package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.segment.Structure;

/**
 * A block the markup names a caption: the text of a {@code figcaption}, or caption-length text in an
 * element whose class says "caption" ({@code wp-caption-text}, {@code image-caption}). It describes a picture, and
 * reads as prose often enough ("Officials hand out masks to schoolchildren in Delhi on Monday.") that
 * the prose score would keep it in the body; the element says otherwise, and the caption goes to the
 * article's captions. Credits inside it were taken by {@link CreditRule} before this rule runs.
 *
 * <p>Stateless and thread-safe.
 */
public final class FigureCaptionRule implements Rule {

    /**
     * A class name is weaker evidence than the element: it may sit on a wrapper far above the block
     * ("no-caption" on an article), so it only takes caption-length text, never a long paragraph.
     */
    private static final int MAX_CLASS_CAPTION_WORDS = 60;
    /** At most one block in this many (or a few) may carry the class for it to mark captions. */
    private static final int MAX_CLASS_CAPTION_SHARE_INVERSE = 10;
    /** A short page may still show this many captions. */
    private static final int FEW_CAPTIONS = 3;

    @Override
    public String name() {
        return "figure-caption";
    }

    @Override
    public void apply(Document doc) {
        boolean classSaysCaption = isLocal(doc);
        for (int i = 0; i < doc.size(); i++) {
            Structure st = doc.segment(i).structure();
            if (doc.isDecided(i) || !st.isMarkup()) {
                continue;
            }
            if (isFigcaption(st)) {
                doc.decide(i, Label.CAPTION, name(), "text of a figcaption element");
            } else if (classSaysCaption && st.tokens().contains("caption") && doc.stats(i).words() <= MAX_CLASS_CAPTION_WORDS) {
                doc.decide(i, Label.CAPTION, name(), "in an element whose class names it a caption");
            }
        }
    }

    private static boolean isFigcaption(Structure st) {
        return st.tag().equals("figcaption") || st.tokens().contains("figcaption");
    }

    /**
     * Whether the "caption" class marks captions here rather than a wrapper: a page shows a few
     * captions, while a wrapper's class reaches a large share of its blocks (every line of a page
     * laid out in a "caption-layout" div).
     */
    private static boolean isLocal(Document doc) {
        int marked = 0;
        for (int i = 0; i < doc.size(); i++) {
            Structure st = doc.segment(i).structure();
            if (st.tokens().contains("caption") && !isFigcaption(st)) {
                marked++;
            }
        }
        return marked <= Math.max(FEW_CAPTIONS, doc.size() / MAX_CLASS_CAPTION_SHARE_INVERSE);
    }
}
