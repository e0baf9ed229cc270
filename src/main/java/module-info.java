/**
 * Pith: the article of a scraped news page, its clean body and its metadata.
 *
 * <p>Only the API is exported: {@code dev.pith} ({@link dev.pith.Pith}, {@link dev.pith.Page},
 * {@link dev.pith.Article} and the types they use) and {@code dev.pith.archive}, which reads WARC and
 * WET archives into pages. The stages of the pipeline (segmentation, rules,
 * classification, metadata) live in packages of their own that other modules cannot reach, so they
 * can change without breaking callers. The command-line tool ({@code dev.pith.cli}) runs from the
 * jar's class path.
 */
module dev.pith {
    requires org.jsoup;
    requires com.ibm.icu;
    // jwarc has no module name of its own; "jwarc" is the one Java derives from its jar's file name.
    requires jwarc;

    exports dev.pith;
    exports dev.pith.archive;
}
