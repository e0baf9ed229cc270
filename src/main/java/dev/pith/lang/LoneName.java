package dev.pith.lang;

/**
 * Recognises text that is one capitalised word and nothing else ("Merkel", "Paris"): a name most of
 * the time, which belongs to no language. Stateless.
 */
final class LoneName {
    private LoneName() {
    }

    static boolean is(CharSequence text) {
        int start = 0;
        int end = text.length();
        while (start < end && !Character.isLetter(text.charAt(start))) start++;
        while (end > start && !Character.isLetter(text.charAt(end - 1))) end--;
        if (end - start < 2 || !Character.isUpperCase(text.charAt(start))) return false;
        for (int i = start + 1; i < end; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '\u2019') return false;
            if (Character.isUpperCase(c) && text.charAt(i - 1) != '-') return false;
        }
        return true;
    }
}
