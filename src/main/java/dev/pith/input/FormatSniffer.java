package dev.pith.input;

import dev.pith.Page;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Tells HTML from plain text when the caller did not say which a page is.
 *
 * <p>Stateless and thread-safe.
 */
public final class FormatSniffer {

    // Only the head of the page is looked at: a text dump that quotes a tag deep inside is still text.
    private static final int SNIFF_CHARS = 4096;
    private static final Pattern HTML_START = Pattern.compile(
            "(?i)^\\s*(?:<\\?xml[^>]{0,200}>\\s*)?(?:<!--.{0,2000}?-->\\s*)*(?:<!doctype\\s+html|<html|<head|<body|<meta|<title|<div|<p[\\s>]|<article|<section|<main|<h[1-6][\\s>]|<style)"); // fragments often open with a heading or a style block
    private static final Pattern STRUCTURAL_TAG = Pattern.compile(
            "(?i)</?(?:html|head|body|div|p|span|a|table|ul|li|article|section|main|nav|script|meta|link|br)\\b[^<>]{0,400}>");

    private FormatSniffer() {
    }

    /** HTML when the content starts like a document or is dense in structural tags; text otherwise. */
    public static Page.Format sniff(String content) {
        String head = content.length() > SNIFF_CHARS ? content.substring(0, SNIFF_CHARS) : content;
        if (HTML_START.matcher(head).find()) {
            return Page.Format.HTML;
        }
        var m = STRUCTURAL_TAG.matcher(head);
        int tags = 0;
        while (m.find() && tags < 8) {
            tags++;
        }
        // A few stray tags (<strong></strong> leaked into a dump) do not make a page HTML.
        return tags >= 8 ? Page.Format.HTML : Page.Format.TEXT;
    }

    /** The format a Content-Type header states, if it states one Pith understands. */
    public static Optional<Page.Format> fromContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.contains("html") || type.contains("xhtml")) {
            return Optional.of(Page.Format.HTML);
        }
        if (type.startsWith("text/plain")) {
            return Optional.of(Page.Format.TEXT);
        }
        return Optional.empty();
    }
}
