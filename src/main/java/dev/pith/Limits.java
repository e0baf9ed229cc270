package dev.pith;

/**
 * Bounds on the work Pith does for one page, so that hostile or huge input costs bounded time and
 * memory. When a limit is reached the result says so in {@link Article#warnings()}; nothing is dropped
 * silently.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxInputChars characters of input read; the rest is cut and a warning says so
 * @param maxBlocks     blocks segmented; later blocks are not read and a warning says so
 * @param maxDepth      HTML element nesting followed; deeper content is flattened into its ancestor
 * @param maxBlockChars characters kept in one block; a longer block is cut and a warning says so
 */
public record Limits(int maxInputChars, int maxBlocks, int maxDepth, int maxBlockChars) {

    /** 64 Mi characters, 200,000 blocks, nesting 256, 1 Mi characters a block. */
    public static final Limits DEFAULT = new Limits(64 << 20, 200_000, 256, 1 << 20);

    public Limits {
        if (maxInputChars <= 0 || maxBlocks <= 0 || maxDepth <= 0 || maxBlockChars <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
