package dev.pith.nutch;

import dev.pith.Article;
import org.apache.nutch.metadata.Metadata;

import java.util.List;

/**
 * The parse-metadata keys Pith writes, and the writing. Lists (authors, section trail, warnings) are
 * multi-valued keys, one value per item, in order; absent fields leave their key unset.
 */
public final class MetadataKeys {

    public static final String TITLE = "pith.title";
    public static final String PUBLISHED = "pith.published";
    public static final String MODIFIED = "pith.modified";
    public static final String AUTHORS = "pith.authors";
    public static final String PUBLISHER = "pith.publisher";
    public static final String SITE_NAME = "pith.siteName";
    public static final String SECTION = "pith.section";
    public static final String LANGUAGE = "pith.language";
    public static final String LEAD = "pith.lead";
    public static final String WARNINGS = "pith.warnings";
    /** Set only when Pith failed on the page; Nutch's own parse is kept then. */
    public static final String ERROR = "pith.error";

    private MetadataKeys() {
    }

    static void write(Article a, Metadata meta) {
        set(meta, TITLE, a.title());
        set(meta, PUBLISHED, a.published() == null ? null : a.published().toString());
        set(meta, MODIFIED, a.modified() == null ? null : a.modified().toString());
        addAll(meta, AUTHORS, a.authors());
        set(meta, PUBLISHER, a.publisher());
        set(meta, SITE_NAME, a.siteName());
        addAll(meta, SECTION, a.section());
        set(meta, LANGUAGE, a.language());
        set(meta, LEAD, a.lead());
        addAll(meta, WARNINGS, a.warnings());
    }

    private static void set(Metadata meta, String key, String value) {
        if (value != null) {
            meta.set(key, value);
        }
    }

    private static void addAll(Metadata meta, String key, List<String> values) {
        meta.remove(key);
        values.forEach(v -> meta.add(key, v));
    }
}
