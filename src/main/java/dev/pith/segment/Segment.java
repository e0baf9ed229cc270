package dev.pith.segment;

import java.util.Objects;

/**
 * One block of the input as the segmenter cut it, before any decision about it.
 *
 * @param index     position in the page, from 0
 * @param text      the block's text, trimmed and with stray markup removed; never empty
 * @param line      the first input line of the block (text dumps), or -1
 * @param indent    leading white space of the line in columns (text dumps), 0 for markup
 * @param gapBefore blank lines between this block and the previous one (text dumps); 1 for markup
 *                  blocks, which are always apart
 * @param bullet    whether the block is a list item ("  • item" in a dump, {@code li} in HTML)
 * @param inList    whether the block belongs to a list: a bullet, or an indented line under one
 * @param structure markup evidence, {@link Structure#NONE} for text dumps
 */
public record Segment(
        int index,
        String text,
        int line,
        int indent,
        int gapBefore,
        boolean bullet,
        boolean inList,
        Structure structure) {

    public Segment {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(structure, "structure");
    }
}
