package dev.pith.head;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.List;

/**
 * The elements of one page that its metadata can come from (meta, link, script and time elements, and
 * any element with an {@code itemprop}), gathered in one walk in document order. Each selector of the
 * head readers walked the whole DOM; asking it of these few elements instead gives the same elements in
 * the same order.
 *
 * <p>Holds one page's elements; used by one thread while that page is read.
 */
final class HeadElements {

    private final List<Element> metas = new ArrayList<>();
    private final List<Element> times = new ArrayList<>();
    private final List<Element> scripts = new ArrayList<>();
    private final List<Element> linksAndMetas = new ArrayList<>();
    private final List<Element> withItemprop = new ArrayList<>();

    private HeadElements() {
    }

    static HeadElements of(Document dom) {
        HeadElements h = new HeadElements();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e) {
                h.add(e);
            }
        }, dom);
        return h;
    }

    private void add(Element e) {
        switch (e.normalName()) {
            case "meta" -> {
                metas.add(e);
                linksAndMetas.add(e);
            }
            case "link" -> linksAndMetas.add(e);
            case "script" -> scripts.add(e);
            case "time" -> times.add(e);
            default -> { }
        }
        if (e.hasAttr("itemprop")) {
            withItemprop.add(e);
        }
    }

    /** The meta elements, as {@code getElementsByTag("meta")} gives them. */
    List<Element> metas() {
        return metas;
    }

    /** The time elements, as {@code getElementsByTag("time")} gives them. */
    List<Element> times() {
        return times;
    }

    /** The script elements matching {@code query}, which must select script elements only. */
    List<Element> scripts(String query) {
        return matching(scripts, query);
    }

    /** The link and meta elements matching {@code query}, which must select only those. */
    List<Element> linksAndMetas(String query) {
        return matching(linksAndMetas, query);
    }

    /** The elements whose {@code itemprop} is {@code value}, as {@code getElementsByAttributeValue} gives them. */
    List<Element> itemprop(String value) {
        return matching(withItemprop, new Evaluator.AttributeWithValue("itemprop", value));
    }

    private static List<Element> matching(List<Element> candidates, String query) {
        return matching(candidates, QueryParser.parse(query));
    }

    private static List<Element> matching(List<Element> candidates, Evaluator evaluator) {
        List<Element> out = new ArrayList<>();
        for (Element e : candidates) {
            if (e.is(evaluator)) {
                out.add(e);
            }
        }
        return out;
    }
}
