package dev.pith.cli;

import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's headless Chromium, driven from the command line: the DOM it renders from a file, and a
 * screenshot. Each run gets a fresh profile directory so runs never share state.
 */
final class HeadlessChromium {

    /** What one run printed: standard output (the DOM for --dump-dom) and the browser's log. */
    record Run(String stdout, String log) {
    }

    private final Path binary;
    private final Path work;

    private HeadlessChromium(Path binary, Path work) {
        this.binary = binary;
        this.work = work;
    }

    /**
     * The browser on the PATH (or named by {@code -Dpith.chromium}). A missing browser fails the test:
     * a report that was never rendered must not count as tested. {@code -Dpith.skipBrowser=true} turns
     * that into a skipped test, for machines where Chromium cannot be installed.
     */
    static HeadlessChromium find(Path work) {
        Assumptions.assumeFalse(Boolean.getBoolean("pith.skipBrowser"), "browser tests skipped by -Dpith.skipBrowser=true");
        String named = System.getProperty("pith.chromium");
        List<Path> candidates = new ArrayList<>();
        if (named != null) {
            candidates.add(Path.of(named));
        } else {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                candidates.add(Path.of(dir, "chromium"));
            }
        }
        for (Path p : candidates) {
            if (Files.isExecutable(p)) {
                return new HeadlessChromium(p, work);
            }
        }
        return fail("the report test needs Debian's chromium on the PATH (apt-get install -y chromium; .ci/run installs it),"
                + " or -Dpith.chromium=/path/to/chromium; -Dpith.skipBrowser=true skips it");
    }

    /** The DOM after the page has loaded, serialised by the browser, with the browser's log. */
    Run dumpDom(Path page) throws IOException, InterruptedException {
        return run("--enable-logging=stderr", "--v=0", "--dump-dom", page.toUri().toString());
    }

    /** Renders {@code page} at 1280x2000 into the PNG {@code png}. */
    void screenshot(Path page, Path png) throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.deleteIfExists(png);
        run("--screenshot=" + png.toAbsolutePath(), "--window-size=1280,2000", page.toUri().toString());
        assertTrue(Files.isRegularFile(png), "no screenshot written to " + png);
    }

    private Run run(String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "profile");
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Path stdout = Files.createTempFile(work, "stdout", ".txt");
        Path stderr = Files.createTempFile(work, "stderr", ".txt");
        // Output goes to files, not pipes: Chromium logs a lot, and a full pipe would stall it.
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish in 120 s: " + command);
        }
        String log = new String(Files.readAllBytes(stderr), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), "chromium failed: " + command + "\n" + log);
        return new Run(new String(Files.readAllBytes(stdout), StandardCharsets.UTF_8), log);
    }
}
