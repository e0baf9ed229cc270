package dev.pith.seeds;

import java.util.ArrayList;
import java.util.List;

/**
 * A seed page cut into its three parts, found from the gold answer: the furniture above the headline,
 * the article (headline to last body paragraph, with whatever furniture sits inside it), and the
 * furniture after it. Variant tests recombine these parts.
 *
 * @param header    lines above the headline
 * @param article   lines from the headline to the last body paragraph
 * @param trailer   lines after the last body paragraph
 * @param bodyLines indices into {@code article} of the lines that are gold body paragraphs
 */
record SeedLayout(List<String> header, List<String> article, List<String> trailer, List<Integer> bodyLines) {

    static SeedLayout of(Seed s) {
        List<String> lines = s.lines();
        List<String> body = s.body();
        int firstBody = indexOf(lines, body.get(0), 0);
        int title = -1;
        for (int i = 0; i < firstBody; i++) {
            if (trim(lines.get(i)).equals(s.string("title"))) {
                title = i;
            }
        }
        if (title < 0 || firstBody < 0) {
            throw new IllegalStateException(s + ": headline or body not found");
        }
        List<Integer> bodyAt = new ArrayList<>();
        int from = firstBody;
        for (String p : body) {
            int k = indexOf(lines, p, from);
            bodyAt.add(k - title);
            from = k + 1;
        }
        int end = from;
        return new SeedLayout(lines.subList(0, title), lines.subList(title, end), lines.subList(end, lines.size()), bodyAt);
    }

    private static int indexOf(List<String> lines, String paragraph, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (trim(lines.get(i)).equals(paragraph)) {
                return i;
            }
        }
        throw new IllegalStateException("paragraph not on its own line: " + paragraph);
    }

    /** Groups of lines that belong together: a non-blank line with the indented lines and blanks after it. */
    static List<List<String>> chunks(List<String> lines) {
        List<List<String>> out = new ArrayList<>();
        for (String line : lines) {
            boolean continues = !out.isEmpty() && (line.isBlank() || line.startsWith("    "));
            if (continues) {
                out.get(out.size() - 1).add(line);
            } else {
                out.add(new ArrayList<>(List.of(line)));
            }
        }
        return out;
    }

    /** Trims white space including no-break spaces, as Pith trims blocks. */
    static String trim(String line) {
        return line.replaceAll("^[\\s\\u00a0]+|[\\s\\u00a0]+$", "");
    }

    static String join(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }
}
