package dev.pith.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader for benchmark files and JSON-LD blocks (objects, arrays, strings, numbers, booleans, null):
 * objects become {@link java.util.LinkedHashMap}s, arrays {@link java.util.ArrayList}s, numbers
 * {@link Double}s. Throws {@link IllegalArgumentException} on malformed input or nesting deeper than
 * 200 levels. Stateless and thread-safe.
 */
public final class Json {

    /** Deeper nesting is refused, so hostile input cannot exhaust the stack. */
    private static final int MAX_DEPTH = 200;
    private final String s;
    private int at;
    private int depth;

    private Json(String s) {
        this.s = s;
    }

    public static Object parse(String text) {
        Json j = new Json(text);
        try {
            Object v = j.value();
            j.space();
            if (j.at != text.length()) {
                throw new IllegalArgumentException("trailing content at " + j.at);
            }
            return v;
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            throw new IllegalArgumentException("malformed JSON near offset " + j.at, e);
        }
    }

    private Object value() {
        if (++depth > MAX_DEPTH) {
            throw new IllegalArgumentException("JSON nested deeper than " + MAX_DEPTH);
        }
        try {
            return valueAt();
        } finally {
            depth--;
        }
    }

    private Object valueAt() {
        space();
        char c = s.charAt(at);
        switch (c) {
            case '{': return object();
            case '[': return array();
            case '"': return string();
            case 't': expect("true"); return Boolean.TRUE;
            case 'f': expect("false"); return Boolean.FALSE;
            case 'n': expect("null"); return null;
            default: return number();
        }
    }

    private Map<String, Object> object() {
        Map<String, Object> m = new LinkedHashMap<>();
        at++;
        space();
        if (s.charAt(at) == '}') {
            at++;
            return m;
        }
        while (true) {
            space();
            String k = string();
            space();
            expect(":");
            m.put(k, value());
            space();
            if (s.charAt(at++) == '}') {
                return m;
            }
        }
    }

    private List<Object> array() {
        List<Object> l = new ArrayList<>();
        at++;
        space();
        if (s.charAt(at) == ']') {
            at++;
            return l;
        }
        while (true) {
            l.add(value());
            space();
            if (s.charAt(at++) == ']') {
                return l;
            }
        }
    }

    private String string() {
        StringBuilder b = new StringBuilder();
        at++;
        while (true) {
            char c = s.charAt(at++);
            if (c == '"') {
                return b.toString();
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = s.charAt(at++);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> b.append(e);
            }
        }
    }

    private Double number() {
        int start = at;
        while (at < s.length() && "+-0123456789.eE".indexOf(s.charAt(at)) >= 0) {
            at++;
        }
        return Double.valueOf(s.substring(start, at));
    }

    private void expect(String word) {
        if (!s.startsWith(word, at)) {
            throw new IllegalArgumentException("expected " + word + " at " + at);
        }
        at += word.length();
    }

    private void space() {
        while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
            at++;
        }
    }
}
