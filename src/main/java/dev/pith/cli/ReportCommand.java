package dev.pith.cli;

import dev.pith.Article;
import dev.pith.Pith;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes the decision report of one page: {@code report --out REPORT.html [--input auto|html|text]
 * [--url URL] FILE}. The report is one self-contained HTML file (see {@link ReportPage}).
 */
final class ReportCommand implements Command {

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String usage() {
        return "report --out REPORT.html [--input auto|html|text] [--url URL] FILE";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws IOException {
        Path report = null;
        CleanCommand.Input input = CleanCommand.Input.AUTO;
        URI url = null;
        Path file = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--out") || a.equals("--input") || a.equals("--url")) {
                if (i + 1 >= args.size()) {
                    err.println("pith: " + a + " needs a value");
                    return 2;
                }
                String v = args.get(++i);
                try {
                    switch (a) {
                        case "--out" -> report = Path.of(v);
                        case "--input" -> input = CleanCommand.Input.valueOf(v.toUpperCase(Locale.ROOT));
                        default -> url = new URI(v);
                    }
                } catch (IllegalArgumentException | URISyntaxException e) {
                    err.println("pith: bad value for " + a + ": " + v);
                    return 2;
                }
            } else if (a.startsWith("--") || file != null) {
                err.println("pith: unexpected argument " + a + "; usage: " + usage());
                return 2;
            } else {
                file = Path.of(a);
            }
        }
        if (report == null || file == null) {
            err.println("pith: report needs --out and one input file; usage: " + usage());
            return 2;
        }
        if (!Files.isRegularFile(file)) {
            err.println("pith: no such file: " + file);
            return 1;
        }
        Article article = Pith.defaults().clean(CleanCommand.read(file, input, url));
        Path parent = report.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(report, ReportPage.render(file.toString(), article), StandardCharsets.UTF_8);
        return 0;
    }
}
