package dev.pith.lexicon;

/** Placeholder. */
public final class Lexicon {
    public static Lexicon builtIn() {
        return new Lexicon();
    }
}
