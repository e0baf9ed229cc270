package dev.pith.segment;

import java.util.List;

/**
 * The blocks of a page and what limited the cutting (a warning per limit reached).
 *
 * @param segments the blocks in page order, never null
 * @param warnings what was cut and why, never null
 */
public record Segmentation(List<Segment> segments, List<String> warnings) {
    public Segmentation {
        segments = List.copyOf(segments);
        warnings = List.copyOf(warnings);
    }
}
