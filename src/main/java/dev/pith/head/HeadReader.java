package dev.pith.head;

import dev.pith.date.DateClaim;
import dev.pith.date.SiteCountry;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.regex.Pattern;

/**
 * Reads {@link HeadMetadata} from a parsed page, most specific source first: the JSON-LD object that
 * describes the article, then OpenGraph and {@code article:*} properties, then plain {@code meta}
 * names, then the first {@code <time datetime>}. Malformed JSON-LD is skipped, never fatal.
 *
 * <p>Stateless and thread-safe.
 */
public final class HeadReader {

    /** Between a headline and the site's name: "|", "-", ":", "»", dashes, or doubled ("::", "||", "--"). */
    private static final String SEPARATOR = "(?:::|\\|\\||--|[|–—:·»-])";
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+" + SEPARATOR + "\\s+");
    private static final Pattern SEPARATOR_AT_EDGE = Pattern.compile("^\\s*" + SEPARATOR + "\\s*|\\s*" + SEPARATOR + "\\s*$");

    private HeadReader() {
    }

    public static HeadMetadata read(Document dom) {
        HeadElements elements = HeadElements.of(dom);
        JsonLd jsonLd = JsonLd.read(elements);
        List<Element> metas = elements.metas();
        Map<String, Object> ld = jsonLd.article().orElse(null);
        String siteName = meta(metas, "og:site_name");
        String publisher = ld == null ? null : name(ld.get("publisher"));
        String title = first(ld == null ? null : string(ld.get("headline")), meta(metas, "og:title"), meta(metas, "twitter:title"));
        String pageTitle = titleWithoutSite(dom.title(), siteName == null ? publisher : siteName);
        title = headlineWithoutSite(title, siteName == null ? publisher : siteName);
        List<DateClaim> dates = HeadDates.read(elements, jsonLd);
        List<String> authors = ld == null ? List.of() : people(ld.get("author"));
        if (authors.isEmpty()) {
            String a = meta(metas, "author");
            authors = a == null || a.contains("://") ? List.of() : List.of(a);
        }
        List<String> section = new ArrayList<>();
        String s = first(ld == null ? null : string(ld.get("articleSection")), meta(metas, "article:section"));
        if (s != null) {
            section.add(s);
            title = headlineWithoutSite(title, s); // "Politics | Storm closes passes": the section is no more the headline than the site
        }
        String lang = first(dom.selectFirst("html") == null ? null : blankToNull(dom.selectFirst("html").attr("lang")),
                ld == null ? null : string(ld.get("inLanguage")), meta(metas, "og:locale"));
        String region = Stream.of(dom.selectFirst("html") == null ? null : dom.selectFirst("html").attr("lang"), meta(metas, "og:locale"),
                        meta(metas, "content-language"), ld == null ? null : string(ld.get("inLanguage")))
                .map(l -> SiteCountry.of(l, null)).flatMap(Optional::stream).findFirst().orElse(null);
        return new HeadMetadata(title, pageTitle, first(siteName, publisher), authors, publisher, section, tag(lang), region, dates);
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

    static String string(Object o) {
        if (o instanceof List<?> l && !l.isEmpty()) {
            return string(l.get(0));
        }
        return o instanceof String s ? blankToNull(unescaped(s).strip()) : null;
    }

    /**
     * The text with character references decoded: publishing systems often escape a title twice, so
     * that after the parser's own decoding "&#8216;" is still there to read.
     */
    private static String unescaped(String s) {
        return s.indexOf('&') < 0 ? s : Parser.unescapeEntities(s, false);
    }

    private static String meta(List<Element> metas, String key) {
        for (Element m : metas) {
            if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name")) || key.equalsIgnoreCase(m.attr("itemprop"))
                    || key.equalsIgnoreCase(m.attr("http-equiv"))) {
                String c = blankToNull(unescaped(m.attr("content")).strip());
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    /**
     * A metadata headline without the site's name, when the site is known and is one of its parts
     * ("Storm closes passes | Example News"); otherwise as written, since a machine headline is meant
     * to be the headline and a cut on a guess could take half of it.
     */
    static String headlineWithoutSite(String title, String site) {
        if (title == null || site == null) {
            return title;
        }
        for (String p : TITLE_SEPARATOR.split(title)) {
            if (p.strip().equalsIgnoreCase(site.strip())) {
                return titleWithoutSite(title, site);
            }
        }
        return title;
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
                    return SEPARATOR_AT_EDGE.matcher(t.replace(p, "")).replaceAll("").strip();
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
