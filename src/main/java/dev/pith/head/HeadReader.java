package dev.pith.head;

import dev.pith.date.DateFinder;
import dev.pith.date.DateMention;
import dev.pith.json.Json;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@link HeadMetadata} from a parsed page, most specific source first: the JSON-LD object that
 * describes the article, then OpenGraph and {@code article:*} properties, then plain {@code meta}
 * names, then the first {@code <time datetime>}. Malformed JSON-LD is skipped, never fatal.
 *
 * <p>Stateless and thread-safe.
 */
public final class HeadReader {

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "socialmediaposting",
            "techarticle", "scholarlyarticle", "liveblogposting");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—:·-]\\s+");
    private static final int MAX_JSON_CHARS = 1 << 20;
    private static final int MAX_OBJECTS = 1_000;
    private static final int MAX_ANCESTORS = 64;

    private HeadReader() {
    }

    public static HeadMetadata read(Document dom) {
        Map<String, Object> ld = articleObject(dom);
        String siteName = meta(dom, "og:site_name");
        String publisher = ld == null ? null : name(ld.get("publisher"));
        String title = first(ld == null ? null : string(ld.get("headline")), meta(dom, "og:title"), meta(dom, "twitter:title"));
        String pageTitle = titleWithoutSite(dom.title(), siteName == null ? publisher : siteName);
        Temporal published = firstDate(ld == null ? null : string(ld.get("datePublished")), meta(dom, "article:published_time"),
                meta(dom, "og:published_time"), meta(dom, "date"), meta(dom, "pubdate"), meta(dom, "publishdate"),
                meta(dom, "dc.date"), meta(dom, "dc.date.issued"), meta(dom, "sailthru.date"), timeDatetime(dom));
        Temporal modified = firstDate(ld == null ? null : string(ld.get("dateModified")), meta(dom, "article:modified_time"),
                meta(dom, "og:updated_time"));
        List<String> authors = ld == null ? List.of() : people(ld.get("author"));
        if (authors.isEmpty()) {
            String a = meta(dom, "author");
            authors = a == null || a.contains("://") ? List.of() : List.of(a);
        }
        List<String> section = new ArrayList<>();
        String s = first(ld == null ? null : string(ld.get("articleSection")), meta(dom, "article:section"));
        if (s != null) {
            section.add(s);
        }
        String lang = first(dom.selectFirst("html") == null ? null : blankToNull(dom.selectFirst("html").attr("lang")),
                ld == null ? null : string(ld.get("inLanguage")), meta(dom, "og:locale"));
        return new HeadMetadata(title, pageTitle, first(siteName, publisher), published, modified, authors, publisher, section, tag(lang));
    }

    /** The first JSON-LD object whose {@code @type} is an article type, searching arrays and {@code @graph}. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> articleObject(Document dom) {
        for (Element script : dom.select("script[type=application/ld+json]")) {
            String json = script.data();
            if (json.length() > MAX_JSON_CHARS) {
                continue;
            }
            Object root;
            try {
                root = Json.parse(json.strip());
            } catch (IllegalArgumentException e) {
                continue; // a broken JSON-LD block says nothing
            }
            List<Object> queue = new ArrayList<>(List.of(root == null ? List.of() : root));
            for (int k = 0; k < queue.size() && k < MAX_OBJECTS; k++) {
                Object o = queue.get(k);
                if (o instanceof List<?> l) {
                    queue.addAll(l);
                } else if (o instanceof Map<?, ?> m) {
                    if (isArticle(m.get("@type"))) {
                        return (Map<String, Object>) m;
                    }
                    if (m.get("@graph") != null) {
                        queue.add(m.get("@graph"));
                    }
                }
            }
        }
        return null;
    }

    private static boolean isArticle(Object type) {
        if (type instanceof List<?> l) {
            return l.stream().anyMatch(HeadReader::isArticle);
        }
        return type instanceof String s && ARTICLE_TYPES.contains(s.toLowerCase(Locale.ROOT));
    }

    /** Names of the people in a JSON-LD author value (a string, a Person, or a list); organisations are not people. */
    private static List<String> people(Object author) {
        Set<String> out = new LinkedHashSet<>();
        List<Object> items = author instanceof List<?> l ? new ArrayList<>(l) : author == null ? List.of() : List.of(author);
        for (Object a : items) {
            if (a instanceof String s && !s.isBlank() && !s.contains("://")) {
                out.add(s.strip());
            } else if (a instanceof Map<?, ?> m && !"Organization".equals(m.get("@type"))) {
                String n = name(m);
                if (n != null) {
                    out.add(n);
                }
            }
        }
        return List.copyOf(out);
    }

    private static String name(Object o) {
        if (o instanceof List<?> l && !l.isEmpty()) {
            return name(l.get(0));
        }
        if (o instanceof Map<?, ?> m) {
            return string(m.get("name"));
        }
        return string(o);
    }

    private static String string(Object o) {
        if (o instanceof List<?> l && !l.isEmpty()) {
            return string(l.get(0));
        }
        return o instanceof String s ? blankToNull(s.strip()) : null;
    }

    private static String meta(Document dom, String key) {
        for (Element m : dom.select("meta")) {
            if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name")) || key.equalsIgnoreCase(m.attr("itemprop"))) {
                String c = blankToNull(m.attr("content").strip());
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    /**
     * The {@code datetime} of the time element marked as the publication date, else of the first one
     * inside an {@code article}. Ancestors are walked a bounded number of levels, not with a descendant
     * selector, whose cost grows with nesting depth for every element.
     */
    private static String timeDatetime(Document dom) {
        String inArticle = null;
        for (Element t : dom.getElementsByTag("time")) {
            String dt = blankToNull(t.attr("datetime"));
            if (dt == null) {
                continue;
            }
            if ("datePublished".equals(t.attr("itemprop")) || t.hasAttr("pubdate")) {
                return dt;
            }
            if (inArticle == null && hasArticleAncestor(t)) {
                inArticle = dt;
            }
        }
        return inArticle;
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

    /** "Headline - Site" gives "Headline" when the site is known or the cut-off part is short. */
    static String titleWithoutSite(String title, String site) {
        String t = blankToNull(title == null ? null : title.strip());
        if (t == null) {
            return null;
        }
        String[] parts = TITLE_SEPARATOR.split(t);
        if (parts.length < 2) {
            return t;
        }
        if (site != null) {
            for (String p : parts) {
                if (p.equalsIgnoreCase(site)) {
                    return t.replace(p, "").replaceAll("^\\s*[|–—:·-]\\s*|\\s*[|–—:·-]\\s*$", "").strip();
                }
            }
        }
        String longest = parts[0];
        for (String p : parts) {
            if (p.length() > longest.length()) {
                longest = p;
            }
        }
        return longest.strip();
    }

    private static Temporal firstDate(String... values) {
        DateFinder finder = new DateFinder(true);
        for (String v : values) {
            if (v == null) {
                continue;
            }
            List<DateMention> found = finder.find(v);
            if (!found.isEmpty() && found.get(0).start() == 0) {
                return found.get(0).value();
            }
        }
        return null;
    }

    private static String tag(String lang) {
        if (lang == null) {
            return null;
        }
        String t = lang.replace('_', '-').strip();
        int dash = t.indexOf('-');
        String primary = (dash > 0 ? t.substring(0, dash) : t).toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
