package dev.pith.seeds;

import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/** Compares bodies paragraph by paragraph and reports the first difference briefly. */
final class BodyAssert {

    private BodyAssert() {
    }

    static void assertParagraphs(List<String> expected, List<String> actual) {
        if (expected.equals(actual)) {
            return;
        }
        int n = Math.min(expected.size(), actual.size());
        int k = 0;
        while (k < n && expected.get(k).equals(actual.get(k))) {
            k++;
        }
        fail(String.format("body differs at paragraph %d (expected %d paragraphs, got %d):%n  expected: %s%n  actual:   %s",
                k, expected.size(), actual.size(),
                k < expected.size() ? brief(expected.get(k)) : "(end)", k < actual.size() ? brief(actual.get(k)) : "(end)"));
    }

    private static String brief(String s) {
        return s.length() <= 100 ? s : s.substring(0, 100) + "...";
    }
}
