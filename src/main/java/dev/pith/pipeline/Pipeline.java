package dev.pith.pipeline;

import dev.pith.Article;
import dev.pith.LanguageDetector;
import dev.pith.Limits;
import dev.pith.Page;
import dev.pith.lexicon.Lexicon;

/** Placeholder. */
public final class Pipeline {
    public Pipeline(LanguageDetector detector, Lexicon lexicon, Limits limits) {
    }

    public Article run(Page page) {
        return Article.empty("not implemented");
    }
}
