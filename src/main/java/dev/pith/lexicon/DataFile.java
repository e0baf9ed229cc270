package dev.pith.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Pith's line-oriented data files from the class path (lexicons, markup tokens, language
 * groups): UTF-8, one entry per line, blank lines and lines starting with {@code #} skipped.
 *
 * <p>Stateless and thread-safe.
 */
public final class DataFile {

    private DataFile() {
    }

    /**
     * The entries of {@code resource}, trimmed, in file order.
     *
     * @throws IllegalStateException when the resource is not on the class path (a broken build)
     */
    public static List<String> lines(String resource) {
        try (InputStream in = DataFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
