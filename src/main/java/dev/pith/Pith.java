package dev.pith;

import dev.pith.lexicon.Lexicon;
import dev.pith.pipeline.Pipeline;

import java.util.Objects;

/**
 * The article extractor: turns a scraped {@link Page} into its {@link Article}.
 *
 * <p>Build one and share it: a {@code Pith} is immutable and thread-safe, holds no state between pages
 * (the result for a page never depends on what was cleaned before), and gives the same output for the
 * same input every time.
 *
 * <pre>{@code
 * Pith pith = Pith.defaults();
 * Article a = pith.clean(Page.html(html, URI.create("https://example.com/news/1")));
 * a.title(); a.body(); a.published(); a.blocks();
 * }</pre>
 *
 * <p>{@link #clean(Page)} never throws for bad content: input with no text gives an empty article whose
 * {@link Article#warnings()} say why, and so does a failure inside Pith itself (a bug to report). Only
 * a null page is refused, with a {@link NullPointerException}.
 */
public final class Pith {

    private final LanguageDetector languageDetector;
    private final Limits limits;
    private final Pipeline pipeline;

    private Pith(Builder b) {
        this.languageDetector = b.languageDetector;
        this.limits = b.limits;
        this.pipeline = new Pipeline(languageDetector, Lexicon.builtIn(), limits);
    }

    /** A Pith with the built-in language detector and the default limits. */
    public static Pith defaults() {
        return builder().build();
    }

    /** A builder for a Pith with other options. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Cleans one page.
     *
     * @param page the input, never null
     * @return the article, never null
     */
    public Article clean(Page page) {
        Objects.requireNonNull(page, "page");
        try {
            return pipeline.run(page);
        } catch (RuntimeException | StackOverflowError e) {
            // A defect in Pith must not cost a crawler its run: the page comes back empty, and the
            // warning carries what went wrong so it can be reported.
            return Article.empty("internal error while cleaning the page: " + e);
        }
    }

    /** Cleans a page given as a string whose format (HTML or text) is detected. */
    public Article clean(String content) {
        return clean(Page.of(Objects.requireNonNull(content, "content"), null));
    }

    /** The language detector in use. */
    public LanguageDetector languageDetector() {
        return languageDetector;
    }

    /** The limits in force. */
    public Limits limits() {
        return limits;
    }

    /** Options for a {@link Pith}. Not thread-safe; the {@link Pith} it builds is. */
    public static final class Builder {
        private LanguageDetector languageDetector = LanguageDetector.builtIn();
        private Limits limits = Limits.DEFAULT;

        private Builder() {
        }

        /** The language detector to use instead of the built-in one; must be thread-safe. */
        public Builder languageDetector(LanguageDetector detector) {
            this.languageDetector = Objects.requireNonNull(detector, "detector");
            return this;
        }

        /** The bounds on the work done per page. */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** A new, immutable Pith with these options. */
        public Pith build() {
            return new Pith(this);
        }
    }
}
