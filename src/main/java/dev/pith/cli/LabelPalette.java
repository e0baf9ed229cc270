package dev.pith.cli;

import dev.pith.Label;

/**
 * The colour of each {@link Label} in a report. Kept and routed labels get clear hues, furniture gets
 * muted ones, so the article stands out of a page at a glance.
 */
final class LabelPalette {

    private LabelPalette() {
    }

    /** A CSS background colour for blocks with {@code label}. */
    static String colour(Label label) {
        return switch (label) {
            case BODY -> "#c8f0c8";
            case TITLE -> "#9cc8ff";
            case LEAD -> "#c6ddff";
            case CAPTION -> "#ffe7a8";
            case CREDIT -> "#ffd38a";
            case BYLINE -> "#e2c6ff";
            case DATELINE -> "#d5b8f5";
            case SOURCE -> "#f0c6ec";
            case BREADCRUMB -> "#b8ece8";
            case SECTION -> "#a8e0d8";
            case SITE_NAME -> "#a8d0e0";
            case MASTHEAD -> "#dcdcc8";
            case NAVIGATION -> "#e4e4e4";
            case TEASER -> "#f4d4c4";
            case COMMENTS -> "#ecdcd0";
            case FOOTER -> "#dcd4cc";
            case PROMOTION -> "#ffc4c4";
            case POLICY -> "#e8d0d0";
            case FOREIGN -> "#d8d8f0";
            case MEDIA -> "#d0d8e0";
            case DUPLICATE -> "#eeeeee";
            case BOILERPLATE -> "#f0f0f0";
        };
    }
}
