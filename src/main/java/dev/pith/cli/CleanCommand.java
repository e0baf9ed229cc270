package dev.pith.cli;

import dev.pith.Article;
import dev.pith.Page;
import dev.pith.Pith;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        Format format = Format.TEXT;
        Input input = Input.AUTO;
        Path outDir = null;
        URI url = null;
        PageUrls urls = null;
        OffsetDateTime fetchedAt = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--format", "--input", "--out", "--url", "--urls", "--fetched-at" -> {
                    if (i + 1 >= args.size()) {
                        err.println("pith: " + a + " needs a value");
                        return 2;
                    }
                    String v = args.get(++i);
                    try {
                        if (a.equals("--format")) {
                            format = Format.valueOf(v.toUpperCase(java.util.Locale.ROOT));
                        } else if (a.equals("--input")) {
                            input = Input.valueOf(v.toUpperCase(java.util.Locale.ROOT));
                        } else if (a.equals("--url")) {
                            url = new URI(v);
                        } else if (a.equals("--fetched-at")) {
                            fetchedAt = OffsetDateTime.parse(v);
                        } else if (a.equals("--urls")) {
                            urls = PageUrls.read(Path.of(v));
                        } else {
                            outDir = Path.of(v);
                        }
                    } catch (URISyntaxException | IllegalArgumentException | DateTimeParseException e) {
                        err.println("pith: bad value for " + a + ": " + v + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
                        return 2;
                    }
                }
                default -> {
                    if (a.startsWith("--")) {
                        err.println("pith: unknown option " + a + "; usage: " + usage());
                        return 2;
                    }
                    files.add(Path.of(a));
                }
            }
        }
        if (files.isEmpty()) {
            err.println("pith: no input files; usage: " + usage());
            return 2;
        }
        if (url != null && (urls != null || files.size() != 1 || Files.isDirectory(files.get(0)))) {
            err.println("pith: --url names the URL of one file; use --urls FILE for many");
            return 2;
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
