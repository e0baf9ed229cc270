/**
 * Pith's built-in language detection.
 *
 * <p>{@link dev.pith.lang.BuiltInDetector} tells the language of a piece of text: by its script where
 * one language writes it, else by character n-gram profiles (orders 1 to 5 within words) derived from
 * Lingua's Apache-2.0 models by {@code tools/build-language-profiles.sh} and shipped as one resource,
 * {@code profiles.bin}. The page's language is voted by the body classifier, over the prose of the
 * article's main run. Everything public here is immutable and thread-safe, and no method accepts or returns
 * null unless it says so. Everything else in the package is an implementation detail.
 */
package dev.pith.lang;
