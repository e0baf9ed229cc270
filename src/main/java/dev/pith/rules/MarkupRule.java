package dev.pith.rules;

import dev.pith.Label;
import dev.pith.doc.Document;
import dev.pith.lexicon.DataFile;
import dev.pith.segment.Structure;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HTML blocks whose markup says what they are: a class, id or role token such as "comments",
 * "related", "newsletter" or "nav" on the block or on an ancestor (up to the article's container), or
 * a semantic ancestor ({@code nav}, {@code aside}, {@code footer}). The tokens live in
 * {@code /dev/pith/structure/tokens.txt}. Text dumps carry no markup and are left alone.
 *
 * <p>Immutable and thread-safe.
 */
public final class MarkupRule implements Rule {

    private static final String RESOURCE = "/dev/pith/structure/tokens.txt";
    /** The tokens in file order: where a block has several, the first listed decides. */
    private static final List<Map.Entry<String, Label>> TOKENS = load();
    /**
     * Each token's position in {@link #TOKENS}. A HashMap, never changed after class initialization:
     * every token of every block is looked up here (most are not listed), and HashMap finds a missing
     * one by comparing hash codes, where Map.copyOf's table divides and compares strings.
     */
    private static final Map<String, Integer> RANK = rank(TOKENS);
    private static final int PROSE_WORDS = 20;
    private static final double LINK_ITEM = 0.8;
    private static final int MAX_LINK_ITEM_WORDS = 20;

    @Override
    public String name() {
        return "markup";
    }

    @Override
    public void apply(Document doc) {
        for (int i = 0; i < doc.size(); i++) {
            Structure st = doc.segment(i).structure();
            if (doc.isDecided(i) || !st.isMarkup()) {
                continue;
            }
            Optional<Map.Entry<String, Label>> hit = match(st);
            // A class name is weak evidence against a real paragraph, and classification weighs it; but
            // "standfirst" names what the paragraph is, not a box around it.
            if (isProse(doc, i) && !hit.map(h -> h.getValue() == Label.LEAD).orElse(false)) {
                continue;
            }
            if (hit.isPresent()) {
                doc.decide(i, hit.get().getValue(), name(), "markup token '" + hit.get().getKey() + "'");
            } else if (st.inList() && st.linkDensity() >= LINK_ITEM && doc.stats(i).words() <= MAX_LINK_ITEM_WORDS) {
                doc.decide(i, Label.NAVIGATION, name(), "a list item that is all link");
            }
        }
    }

    private static boolean isProse(Document doc, int i) {
        return doc.stats(i).words() >= PROSE_WORDS && doc.stats(i).endsSentence();
    }

    /** Whether the markup around a block names it furniture of any kind. */
    public static boolean isFurniture(Structure st) {
        return st.isMarkup() && match(st).isPresent();
    }

    /**
     * The first listed token that the block has. A block has a handful of tokens and the list hundreds,
     * so the block's tokens are looked up, keeping the earliest listed.
     */
    private static Optional<Map.Entry<String, Label>> match(Structure st) {
        int first = -1;
        for (String t : st.tokens()) {
            Integer r = RANK.get(t);
            if (r != null && (first < 0 || r < first)) {
                first = r;
            }
        }
        return first < 0 ? Optional.empty() : Optional.of(TOKENS.get(first));
    }

    private static List<Map.Entry<String, Label>> load() {
        Map<String, Label> out = new LinkedHashMap<>();
        Label label = null;
        for (String t : DataFile.lines(RESOURCE)) {
            if (t.startsWith("[") && t.endsWith("]")) {
                label = Label.valueOf(t.substring(1, t.length() - 1));
            } else if (label != null) {
                out.putIfAbsent(t, label);
            }
        }
        return out.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    }

    private static Map<String, Integer> rank(List<Map.Entry<String, Label>> tokens) {
        Map<String, Integer> rank = new HashMap<>();
        for (int k = 0; k < tokens.size(); k++) {
            rank.put(tokens.get(k).getKey(), k);
        }
        return Collections.unmodifiableMap(rank);
    }
}
