package dev.pith.lexicon;

import java.util.Locale;
import java.util.Optional;

/** The sections of a lexicon file: what a phrase is evidence of. See the lexicon README for each. */
public enum PhraseKind {
    NAVIGATION, TEASER, COMMENTS, SOURCE_HEADING, POLICY, TEASER_SUFFIX, BREADCRUMB_PREFIX, BYLINE_PREFIX,
    SOURCE_PREFIX, CREDIT_PREFIX, CREDIT_WORD, CAPTION_MARKER, MASTHEAD, AGENCY, JOB_TITLE, FOOTER, PROMOTION, RELATIVE_TIME, EMBED_PREFIX, BIO_VERB, CLOSING_CREDIT,
    ABOUT_PREFIX;

    /**
     * The kind named by a {@code [section]} header such as {@code teaser-suffix}; empty when the name is
     * no kind, in which case the bracketed line is a phrase ("[more]", "[详细]").
     */
    static Optional<PhraseKind> fromSection(String name) {
        String constant = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (PhraseKind k : values()) {
            if (k.name().equals(constant)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
