package dev.pith.cli;

import dev.pith.Article;
import dev.pith.Pith;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

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
        Path report;
        CleanCommand.Input input;
        URI url;
        Path file;
        try {
            Options o = Options.parse(args, Set.of(), Set.of("--out", "--input", "--url"), 1);
            report = o.required("--out", Path::of);
            input = o.choice("--input", CleanCommand.Input.AUTO);
            url = o.value("--url", URI::create);
            file = o.inputFiles().get(0);
        } catch (Options.Invalid e) {
            return badArguments(err, e.getMessage());
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
