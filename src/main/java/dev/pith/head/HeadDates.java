package dev.pith.head;

import dev.pith.date.DateClaim;
import dev.pith.date.DateFinder;
import dev.pith.date.DateMention;
import dev.pith.date.DateSource;
import dev.pith.date.UrlDate;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects every machine-readable date a page gives for its article: JSON-LD, {@code meta} tags
 * (OpenGraph, Dublin Core, the names publishing systems use), elements marked {@code datePublished}
 * and the first {@code <time>} inside an {@code article}. Every value is kept as a
 * {@link DateClaim}, so that the choice between them can be made, and explained, later.
 *
 * <p>Stateless and thread-safe.
 */
final class HeadDates {

    /** Meta names and properties (lower case) that name the publication time. */
    private static final Set<String> PUBLISHED_NAMES = Set.of(
            "article:published_time", "og:published_time", "og:article:published_time", "article:published",
            "datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date", "published_time",
            "published-date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.created", "dcterms.issued",
            "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published", "article_date_original",
            "original-publish-date", "originalpublicationdate", "og:pubdate", "pub_date", "date.release",
            "article.created", "creation_date", "citation_publication_date", "citation_date", "datecreated",
            "release_date", "cxenseparse:recs:publishtime", "nv:date", "displaydate", "analyticsattributes.date",
            "ga_date", "gentime");
    /** Meta names and properties (lower case) that name the last modification. */
    private static final Set<String> MODIFIED_NAMES = Set.of(
            "article:modified_time", "og:updated_time", "article:modified", "datemodified", "dcterms.modified",
            "dc.date.modified", "last-modified", "lastmod", "modified_time", "updated_time", "article.updated",
            "parsely-modified-date", "sailthru.modified", "og:modified_time");
    private static final int MAX_ANCESTORS = 64;
    private static final int MARK_LEVELS = 3;
    /** A machine value this short is one date with some decoration ("Tue, Sep 15 2020 10:01 EDT"). */
    private static final int SHORT_VALUE = 64;

    private HeadDates() {
    }

    static List<DateClaim> read(HeadElements elements, JsonLd jsonLd) {
        List<DateClaim> out = new ArrayList<>();
        Map<String, Object> article = jsonLd.article().orElse(null);
        if (article != null) {
            add(out, DateSource.JSON_LD_PUBLISHED, HeadReader.string(article.get("datePublished")), "");
            add(out, DateSource.JSON_LD_MODIFIED, HeadReader.string(article.get("dateModified")), "");
        }
        for (Map<String, Object> o : jsonLd.objects()) {
            if (o != article && o.get("datePublished") != null) {
                add(out, DateSource.JSON_LD_OTHER, HeadReader.string(o.get("datePublished")), "of a " + HeadReader.string(o.get("@type")));
            }
        }
        for (Element link : elements.linksAndMetas("link[rel=canonical][href], meta[property=og:url][content]")) {
            String where = link.normalName().equals("link") ? "of the canonical link" : "of og:url";
            urlDate(link.hasAttr("href") ? link.attr("href") : link.attr("content"))
                    .ifPresent(d -> out.add(new DateClaim(DateSource.URL, d, where)));
        }
        List<Element> images = elements.linksAndMetas("meta[property=og:image][content]");
        Element image = images.isEmpty() ? null : images.get(0);
        if (image != null) {
            urlDate(image.attr("content")).ifPresent(d -> out.add(new DateClaim(DateSource.IMAGE_URL, d, "")));
        }
        for (Element m : elements.metas()) {
            String content = m.attr("content");
            if (content.isBlank()) {
                continue;
            }
            for (String attr : List.of("property", "name", "itemprop", "http-equiv")) {
                String key = m.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (PUBLISHED_NAMES.contains(key)) {
                    add(out, DateSource.META_PUBLISHED, content, key);
                } else if (MODIFIED_NAMES.contains(key)) {
                    add(out, DateSource.META_MODIFIED, content, key);
                }
            }
        }
        for (Element e : elements.itemprop("datePublished")) {
            if (!e.normalName().equals("meta")) {
                add(out, DateSource.MARKED_PUBLISHED, markedValue(e), "<" + e.normalName() + ">");
            }
        }
        for (Element e : elements.itemprop("dateModified")) {
            if (!e.normalName().equals("meta")) {
                add(out, DateSource.META_MODIFIED, markedValue(e), "<" + e.normalName() + " itemprop=dateModified>");
            }
        }
        List<Element> times = elements.times();
        for (Element t : times) {
            if (!t.attr("datetime").isBlank()) {
                if (t.hasAttr("pubdate")) {
                    add(out, DateSource.MARKED_PUBLISHED, t.attr("datetime"), "<time pubdate>");
                } else if (markedPublished(t)) {
                    add(out, DateSource.MARKED_PUBLISHED, t.attr("datetime"), "<time> in a 'published' element");
                }
            }
        }
        for (Element t : times) {
            if (!t.attr("datetime").isBlank() && hasArticleAncestor(t)) {
                add(out, DateSource.TIME_IN_ARTICLE, t.attr("datetime"), "");
                break;
            }
        }
        return out;
    }

    private static Optional<LocalDate> urlDate(String url) {
        try {
            return UrlDate.day(new URI(url.strip().replace(" ", "%20")));
        } catch (URISyntaxException e) {
            return Optional.empty(); // an unparsable link names no date
        }
    }

    /**
     * Whether a time element, or one of its near ancestors, is named for the publication ("published",
     * "pubdate", "date-published"): sites mark the article's own date so and leave teasers' dates plain.
     */
    private static boolean markedPublished(Element t) {
        Element e = t;
        for (int k = 0; e != null && k <= MARK_LEVELS; k++, e = e.parent()) {
            String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            if (names.contains("publish") || names.contains("pubdate")) {
                return true;
            }
        }
        return false;
    }

    /** A marked element's machine value when it has one, else its text. */
    private static String markedValue(Element e) {
        for (String attr : List.of("datetime", "content", "title")) {
            if (!e.attr(attr).isBlank()) {
                return e.attr(attr);
            }
        }
        return e.text();
    }

    /** Adds the date {@code value} starts with; values that are no date ("Today", an epoch number) say nothing. */
    private static void add(List<DateClaim> out, DateSource source, String value, String where) {
        if (value == null || value.length() > 200) {
            return;
        }
        // Machine values are ISO (year first), so day-first is only a tie-break for the rare numeric one.
        List<DateMention> found = new DateFinder(true).find(value.strip());
        if (!found.isEmpty() && (found.get(0).start() <= 2 || value.length() <= SHORT_VALUE)) {
            out.add(new DateClaim(source, found.get(0).value(), where));
        }
    }

    private static boolean hasArticleAncestor(Element e) {
        Element p = e.parent();
        for (int k = 0; p != null && k < MAX_ANCESTORS; k++, p = p.parent()) {
            if (p.normalName().equals("article")) {
                return true;
            }
        }
        return false;
    }
}
