package dev.pith.segment;

import java.util.Set;

/**
 * What the markup said about a block: the structural evidence of an HTML page. Text dumps have none and
 * use {@link #NONE}.
 *
 * @param tag          the block element's tag name (lower case), empty for text dumps
 * @param headingLevel 1 to 6 for {@code h1}..{@code h6}, 0 otherwise
 * @param depth        nesting depth of the element in the DOM
 * @param linkDensity  share of the block's characters that sit inside links, 0 to 1; -1 when unknown
 * @param tokens       lower-case class, id, role and aria tokens of the element and its ancestors (up to
 *                     the article's container when it sits in one), and the names of semantic
 *                     ancestors ({@code nav}, {@code aside}, {@code footer}, {@code figure}, ...); kept as
 *                     an immutable copy, in the order first given
 * @param inArticle    whether the block sits inside {@code article}, {@code main} or an element with
 *                     {@code itemprop=articleBody}
 * @param inList       whether the block is a list item
 * @param inTable      whether the block is a table row or cell
 * @param inFigure     whether the block sits inside {@code figure} or is a {@code figcaption}
 * @param ancestry     the block's element and its ancestors, {@link Ancestry#NONE} for text dumps
 */
public record Structure(
        String tag,
        int headingLevel,
        int depth,
        double linkDensity,
        Set<String> tokens,
        boolean inArticle,
        boolean inList,
        boolean inTable,
        boolean inFigure,
        Ancestry ancestry) {

    /** No markup evidence (a text dump). */
    public static final Structure NONE = new Structure("", 0, 0, -1, TokenSet.EMPTY, false, false, false, false, Ancestry.NONE);

    public Structure {
        tokens = TokenSet.copyOf(tokens);
        java.util.Objects.requireNonNull(ancestry, "ancestry");
    }

    /** This structure with another link density: blocks of one element differ in nothing else. */
    public Structure withLinkDensity(double density) {
        return new Structure(tag, headingLevel, depth, density, tokens, inArticle, inList, inTable, inFigure, ancestry);
    }

    /** Whether this block came from markup. */
    public boolean isMarkup() {
        return !tag.isEmpty();
    }
}
