/**
 * Pith: the article of a scraped news page, its clean body and its metadata.
 *
 * <p>Only {@code dev.pith} is exported: {@link dev.pith.Pith}, {@link dev.pith.Page},
 * {@link dev.pith.Article} and the types they use. The stages of the pipeline (segmentation, rules,
 * classification, metadata) live in packages of their own that other modules cannot reach, so they
 * can change without breaking callers. The command-line tool ({@code dev.pith.cli}) runs from the
 * jar's class path.
 */
module dev.pith {
    requires org.jsoup;
    requires com.ibm.icu;

    exports dev.pith;
}
