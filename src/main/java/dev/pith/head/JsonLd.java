package dev.pith.head;

import dev.pith.json.Json;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON-LD objects of a page ({@code <script type="application/ld+json">}), flattened out of arrays
 * and {@code @graph}s, in document order. Malformed blocks are skipped, never fatal; size and count are
 * bounded so that a hostile page cannot make reading them expensive.
 *
 * @param objects every object found, in document order
 */
record JsonLd(List<Map<String, Object>> objects) {

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "socialmediaposting",
            "techarticle", "scholarlyarticle", "liveblogposting");
    private static final int MAX_JSON_CHARS = 1 << 20;
    private static final int MAX_OBJECTS = 1_000;

    JsonLd {
        objects = List.copyOf(objects);
    }

    @SuppressWarnings("unchecked")
    static JsonLd read(HeadElements elements) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Element script : elements.scripts("script[type=application/ld+json]")) {
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
            for (int k = 0; k < queue.size() && out.size() < MAX_OBJECTS; k++) {
                Object o = queue.get(k);
                if (o instanceof List<?> l) {
                    queue.addAll(l);
                } else if (o instanceof Map<?, ?> m) {
                    out.add((Map<String, Object>) m);
                    if (m.get("@graph") != null) {
                        queue.add(m.get("@graph"));
                    }
                }
            }
        }
        return new JsonLd(out);
    }

    /** The first object whose {@code @type} is an article type. */
    Optional<Map<String, Object>> article() {
        return objects.stream().filter(m -> isArticle(m.get("@type"))).findFirst();
    }

    private static boolean isArticle(Object type) {
        if (type instanceof List<?> l) {
            return l.stream().anyMatch(JsonLd::isArticle);
        }
        return type instanceof String s && ARTICLE_TYPES.contains(s.toLowerCase(Locale.ROOT));
    }
}
