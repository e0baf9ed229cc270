package dev.pith.archive;

/** Why an archive record was not cleaned. */
public enum SkipReason {
    /** A request, metadata, warcinfo or revisit record: it describes a capture and holds no page. */
    NOT_A_PAGE,
    /** A response whose content is not HTML (an image, a PDF, a script). */
    NOT_HTML,
    /** A page larger than the {@link dev.pith.Limits#maxInputChars() input limit}. */
    TOO_LARGE,
    /** Bytes that could not be read as a record: a broken header, a truncated or corrupt member. */
    UNREADABLE
}
