package dev.pith.cli;

import dev.pith.DetectedLanguage;
import dev.pith.LanguageDetector;
import dev.pith.lang.BuiltInDetector;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * {@code bench-language --data DIR}: measures the built-in language detector on a test set laid out as
 * {@code DIR/{sentences,word-pairs,single-words}/<code>.txt}, one sample per line. Prints the accuracy
 * per language and length class and the averages over all its languages and over the first 42 (those
 * of the first targets), the profile data's size, the load time and the detections per second on one
 * thread. Only measures: nothing is learnt from the data.
 */
final class LanguageBenchCommand implements Command {
    /** The languages the accuracy is averaged over: the 42 of the first targets, then those added since. */
    static final List<String> LANGUAGES = List.of(
        "en", "fr", "de", "es", "pt", "it", "nl", "sv", "da", "nb", "fi", "pl", "cs", "sk", "hu", "ro",
        "hr", "sl", "et", "lv", "lt", "tr", "id", "ms", "tl", "vi", "sw", "ru", "uk", "bg", "sr", "el",
        "ar", "fa", "ur", "he", "hi", "bn", "th", "zh", "ja", "ko",
        "sq", "ca", "af", "az", "eu", "is", "cy", "ga", "so", "mk", "be", "kk", "mn");
    /** How many of {@link #LANGUAGES}, from the first, the first accuracy targets were set on. */
    static final int FIRST_TARGETS = 42;
    static final List<String> CLASSES = List.of("sentences", "word-pairs", "single-words");
    private static final String PROFILE_RESOURCE = "/dev/pith/lang/profiles.bin";

    LanguageBenchCommand() {
    }

    @Override
    public String name() {
        return "bench-language";
    }

    @Override
    public String usage() {
        return "bench-language --data DIR    accuracy, size and speed of the built-in language detector";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws IOException {
        Path dir;
        try {
            dir = Options.parse(args, Set.of(), Set.of("--data"), Options.NONE).required("--data", Path::of);
        } catch (Options.Invalid e) {
            return badArguments(err, e.getMessage());
        }
        long t0 = System.nanoTime();
        LanguageDetector detector = BuiltInDetector.instance();
        // Non-ASCII, so that ICU's script data is loaded too and counted as load time.
        detector.detect("Grüße aus Köln");
        double loadMs = (System.nanoTime() - t0) / 1e6;

        Result result = evaluate(detector, dir, out);
        printAverage(out, result, LANGUAGES.size());
        printAverage(out, result, FIRST_TARGETS);
        long[] size = profileSize();
        long inJar = sizeInJar();
        out.printf(Locale.ROOT, "profile data: %.2f MB raw, %.2f MB deflated%s%n", size[0] / 1e6, size[1] / 1e6,
            inJar < 0 ? " (not run from a jar)" : String.format(Locale.ROOT, ", %.2f MB in %s", inJar / 1e6, jarName()));
        out.printf(Locale.ROOT, "load time (first use, cold): %.0f ms%n", loadMs);
        List<String> sentences = new ArrayList<>();
        for (String lang : LANGUAGES) sentences.addAll(lines(dir.resolve("sentences").resolve(lang + ".txt")));
        if (!sentences.isEmpty()) {
            out.printf(Locale.ROOT, "sentence detections per second, one thread: %.0f%n", throughput(detector, sentences));
        }
        return result.missing ? 1 : 0;
    }

    private static void printAverage(PrintStream out, Result result, int languages) {
        double sentences = result.average(0, languages);
        double pairs = result.average(1, languages);
        double words = result.average(2, languages);
        out.printf(Locale.ROOT, "average over %s%d languages: sentences %.1f%%  word-pairs %.1f%%  single-words %.1f%%  all %.1f%%%n",
            languages == LANGUAGES.size() ? "" : "the first ", languages, sentences, pairs, words, (sentences + pairs + words) / 3);
    }

    /** Accuracy per language (rows) and length class (columns), in percent; NaN where no data. */
    record Result(double[][] accuracy, boolean missing) {
        /** The average of length class {@code cls} over the first {@code languages} rows. */
        double average(int cls, int languages) {
            double sum = 0;
            int n = 0;
            for (double[] row : Arrays.asList(accuracy).subList(0, languages)) {
                if (!Double.isNaN(row[cls])) {
                    sum += row[cls];
                    n++;
                }
            }
            return n == 0 ? Double.NaN : sum / n;
        }
    }

    static Result evaluate(LanguageDetector detector, Path dir, PrintStream out) throws IOException {
        double[][] accuracy = new double[LANGUAGES.size()][CLASSES.size()];
        boolean missing = false;
        out.printf(Locale.ROOT, "%-5s %10s %10s %12s%n", "lang", "sentences", "word-pairs", "single-words");
        for (int l = 0; l < LANGUAGES.size(); l++) {
            String lang = LANGUAGES.get(l);
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-5s", lang));
            for (int c = 0; c < CLASSES.size(); c++) {
                Path file = dir.resolve(CLASSES.get(c)).resolve(lang + ".txt");
                List<String> samples = lines(file);
                if (samples.isEmpty()) {
                    missing = true;
                    accuracy[l][c] = Double.NaN;
                    row.append(String.format(Locale.ROOT, " %10s", "-"));
                    continue;
                }
                int right = 0;
                for (String s : samples) if (detector.detect(s).tag().equals(lang)) right++;
                accuracy[l][c] = 100.0 * right / samples.size();
                row.append(String.format(Locale.ROOT, " %10.1f", accuracy[l][c]));
            }
            out.println(row);
        }
        return new Result(accuracy, missing);
    }

    private static List<String> lines(Path file) throws IOException {
        if (!Files.isRegularFile(file)) return List.of();
        List<String> result = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) result.add(line.strip());
        }
        return result;
    }

    private static double throughput(LanguageDetector detector, List<String> samples) {
        int sink = 0;
        for (int round = 0; round < 2; round++) for (String s : samples) sink += detector.detect(s).tag().length();
        long count = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            for (String s : samples) sink += detector.detect(s).tag().length();
            count += samples.size();
            elapsed = System.nanoTime() - start;
        } while (elapsed < 2_000_000_000L);
        if (sink == 42) System.out.print("");
        return count / (elapsed / 1e9);
    }

    /** The compressed size of the profile resource in the jar the detector was loaded from, or -1. */
    private static long sizeInJar() {
        try {
            Path jar = jarPath();
            if (jar == null) return -1;
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                ZipEntry entry = zip.getEntry(PROFILE_RESOURCE.substring(1));
                return entry == null ? -1 : entry.getCompressedSize();
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String jarName() {
        Path jar = jarPath();
        return jar == null ? "?" : String.valueOf(jar.getFileName());
    }

    private static Path jarPath() {
        try {
            Path p = Path.of(BuiltInDetector.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p : null;
        } catch (Exception e) {
            return null;
        }
    }

    /** {raw bytes, deflated bytes} of the profile resource. */
    private static long[] profileSize() throws IOException {
        try (InputStream in = BuiltInDetector.class.getResourceAsStream(PROFILE_RESOURCE)) {
            if (in == null) return new long[] {0, 0};
            byte[] raw = in.readAllBytes();
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            deflater.setInput(raw);
            deflater.finish();
            byte[] buffer = new byte[1 << 16];
            long deflated = 0;
            while (!deflater.finished()) deflated += deflater.deflate(buffer);
            deflater.end();
            return new long[] {raw.length, deflated};
        }
    }
}
