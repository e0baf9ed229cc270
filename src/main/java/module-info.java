/**
 * Pith: the article body and metadata of a scraped news page, from HTML or a plain-text dump.
 *
 * <p>Only {@code dev.pith} is exported; the pipeline's stages and the command-line tool are internal
 * and may change between versions.
 */
module dev.pith {
    requires org.jsoup;
    requires com.ibm.icu;

    exports dev.pith;
}
