package dev.pith.segment;

import dev.pith.head.HeadMetadata;

import java.util.List;

/**
 * The blocks of a page and what limited the cutting (a warning per limit reached).
 *
 * @param segments the blocks in page order, never null
 * @param warnings what was cut and why, never null
 * @param head     what the page's head says about the article; {@link HeadMetadata#NONE} for text
 */
public record Segmentation(List<Segment> segments, List<String> warnings, HeadMetadata head) {
    public Segmentation {
        segments = List.copyOf(segments);
        warnings = List.copyOf(warnings);
        java.util.Objects.requireNonNull(head, "head");
    }

    /** Blocks of a text dump, which has no head. */
    public Segmentation(List<Segment> segments, List<String> warnings) {
        this(segments, warnings, HeadMetadata.NONE);
    }
}
