package dev.pith.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The URLs of pages named on the command line, read from a file of lines {@code file name<TAB>url}.
 * A page is found by its name as given or by its bare file name, so that one list serves a directory
 * and the files in it. Blank lines and lines starting with {@code #} are skipped.
 */
final class PageUrls {

    private final Map<String, URI> byName;

    private PageUrls(Map<String, URI> byName) {
        this.byName = Map.copyOf(byName);
    }

    /**
     * Reads a list.
     *
     * @throws IllegalArgumentException naming the line, when a line has no tab or its URL is malformed
     */
    static PageUrls read(Path file) throws IOException {
        Map<String, URI> map = new HashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IllegalArgumentException(file + " line " + (n + 1) + ": expected 'file name<TAB>url'");
            }
            try {
                map.put(line.substring(0, tab).strip(), new URI(line.substring(tab + 1).strip()));
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(file + " line " + (n + 1) + ": " + e.getMessage());
            }
        }
        return new PageUrls(map);
    }

    /** The URL listed for {@code page}, by its path as given or its file name. */
    Optional<URI> of(Path page) {
        URI u = byName.get(page.toString());
        return Optional.ofNullable(u != null ? u : byName.get(page.getFileName().toString()));
    }
}
