package dev.pith.cli;

import dev.pith.Article;
import dev.pith.Page;
import dev.pith.Pith;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.time.OffsetDateTime;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Cleans pages: {@code [--format text|json] [--input auto|html|text] [--url URL | --urls FILE] [--out DIR]
 * FILE|DIR...}. Text output is the body, one paragraph per line; JSON output is one object per page
 * (see the README). A file that cannot be read is reported on standard error and the others are still
 * cleaned. {@code --url} gives the URL of the one page named; {@code --urls} names a file of lines
 * {@code file name<TAB>url} (the name as given on the command line or just its file name), for many.
 * {@code --fetched-at} gives the time the pages were fetched (ISO-8601 with offset), from which
 * relative dates by the headline ("3 hours ago") are counted.
 */
final class CleanCommand implements Command {

    private final Pith pith = Pith.defaults();

    @Override
    public String name() {
        return "clean";
    }

    @Override
    public String usage() {
        return "[clean] [--format text|json] [--input auto|html|text] [--url URL | --urls FILE] [--fetched-at TIME] [--out DIR] FILE|DIR...";
    }

    private enum Format { TEXT, JSON }

    /** How an input file is read: its format detected, or forced. */
    enum Input { AUTO, HTML, TEXT }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws IOException {
        Format format;
        Input input;
        Path outDir;
        URI url;
        PageUrls urls;
        OffsetDateTime fetchedAt;
        List<Path> files;
        try {
            Options o = Options.parse(args, Set.of(), Set.of("--format", "--input", "--url", "--urls", "--fetched-at", "--out"), Options.ANY);
            format = o.choice("--format", Format.TEXT);
            input = o.choice("--input", Input.AUTO);
            url = o.value("--url", URI::create);
            urls = o.value("--urls", v -> PageUrls.read(Path.of(v)));
            fetchedAt = o.value("--fetched-at", OffsetDateTime::parse);
            outDir = o.value("--out", Path::of);
            files = o.inputFiles();
        } catch (Options.Invalid e) {
            return badArguments(err, e.getMessage());
        }
        if (url != null && (urls != null || files.size() != 1 || Files.isDirectory(files.get(0)))) {
            return badArguments(err, "--url names the URL of one file, --urls FILE those of many");
        }
        if (outDir != null) {
            Files.createDirectories(outDir);
        }
        int status = 0;
        for (Path f : expand(files, err)) {
            if (f == null) {
                status = 1;
                continue;
            }
            try {
                Page page = read(f, input, url != null ? url : urls == null ? null : urls.of(f).orElse(null));
                Article article = pith.clean(page.withReferenceTime(fetchedAt));
                String rendered = format == Format.JSON ? ArticleJson.write(f.toString(), article) + "\n" : textOf(article);
                if (outDir == null) {
                    out.print(rendered);
                } else {
                    Files.writeString(outDir.resolve(baseName(f) + (format == Format.JSON ? ".json" : ".txt")), rendered, StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                err.println("pith: cannot read " + f + ": " + e.getMessage());
                status = 1;
            }
        }
        out.flush();
        return status;
    }

    /** The files named, with directories replaced by their regular files in name order; null marks a missing one. */
    private static List<Path> expand(List<Path> args, PrintStream err) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : args) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(Files::isRegularFile).sorted().forEach(out::add);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                err.println("pith: no such file: " + p);
                out.add(null);
            }
        }
        return out;
    }

    /** The page in file {@code f}, decoded from its bytes; {@code url} may be null. */
    static Page read(Path f, Input input, java.net.URI url) throws IOException {
        Page page = Page.bytes(Files.readAllBytes(f), null, url);
        return switch (input) {
            case AUTO -> page;
            case HTML -> Page.html(page.content(), url);
            case TEXT -> Page.text(page.content(), url);
        };
    }

    private static String textOf(Article a) {
        StringBuilder b = new StringBuilder();
        for (String p : a.body()) {
            b.append(p).append('\n');
        }
        return b.toString();
    }

    static String baseName(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
