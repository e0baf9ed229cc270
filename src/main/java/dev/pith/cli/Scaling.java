package dev.pith.cli;

import dev.pith.Page;
import dev.pith.Pith;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Shows how the cost of cleaning grows with page size: pages of 10 KB to 10 MB built by joining the
 * benchmark's own pages (text dumps joined as text, HTML bodies joined inside one document), timed on
 * one thread. A flat time per megabyte means linear cost.
 */
final class Scaling {

    private static final int[] SIZES = {10_000, 100_000, 1_000_000, 10_000_000, 32_000_000};
    private static final long MIN_NANOS = 1_000_000_000L;
    private static final int REFERENCE_SIZE = 1_000_000;

    private Scaling() {
    }

    static void report(PrintStream out, Pith pith, List<Page> pages) {
        boolean html = pages.stream().anyMatch(p -> p.format() == Page.Format.HTML);
        StringBuilder corpus = new StringBuilder();
        for (int copy = 0; corpus.length() < SIZES[SIZES.length - 1]; copy++) {
            for (Page p : pages) {
                // HTML pages contribute their body only, so every size has the same mix of markup and
                // text. Each further copy is marked line by line, so that repetitions do not turn into
                // cheap duplicates and the large pages cost what real ones would.
                String content = html ? org.jsoup.Jsoup.parse(p.content()).body().html() : p.content();
                corpus.append(copy == 0 ? content : content.replaceAll("(?m)(\\S)$", "$1 ~" + copy)).append("\n\n");
            }
        }
        out.println("scaling (one thread, " + (html ? "HTML" : "text") + " pages joined to size):");
        double reference = 0;
        for (int size : SIZES) {
            // Text is cut at a line start; HTML anywhere (an HTML parser closes what is left open).
            String content = corpus.substring(0, html ? Math.min(size, corpus.length()) : lineStart(corpus, size));
            Page page = html ? Page.html(content, null) : Page.text(content);
            java.util.List<String> warnings = pith.clean(page).warnings(); // warm-up
            int runs = 0;
            long start = System.nanoTime();
            long elapsed;
            do {
                pith.clean(page);
                runs++;
                elapsed = System.nanoTime() - start;
            } while (elapsed < MIN_NANOS);
            double msPerMb = elapsed / 1e6 / runs / (content.length() / 1e6);
            if (size == REFERENCE_SIZE) {
                reference = msPerMb;
            }
            out.printf(Locale.ROOT, "  %,11d chars: %8.1f ms per MB%s%s%n", content.length(), msPerMb,
                    reference == 0 ? "" : String.format(Locale.ROOT, " (%.2fx the 1 MB page's)", msPerMb / reference),
                    warnings.isEmpty() ? "" : "; limited: " + warnings.get(0));
        }
    }

    private static int lineStart(CharSequence s, int at) {
        int i = Math.min(at, s.length());
        while (i > 0 && s.charAt(i - 1) != '\n') {
            i--;
        }
        return i == 0 ? Math.min(at, s.length()) : i;
    }
}
