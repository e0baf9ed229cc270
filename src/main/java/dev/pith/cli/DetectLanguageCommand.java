package dev.pith.cli;

import dev.pith.LanguageDetector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * {@code detect-language}: reads UTF-8 lines on standard input and prints one BCP-47 tag per line,
 * {@code und} when the language cannot be told. Stateless; one instance per run.
 */
final class DetectLanguageCommand implements Command {
    private final LanguageDetector detector;

    DetectLanguageCommand() {
        this(LanguageDetector.builtIn());
    }

    DetectLanguageCommand(LanguageDetector detector) {
        this.detector = detector;
    }

    @Override
    public String name() {
        return "detect-language";
    }

    @Override
    public String usage() {
        return "detect-language < lines.txt    print the language (BCP-47 tag, or und) of each input line";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws IOException {
        try {
            Options.parse(args, Set.of(), Set.of(), Options.NONE);
        } catch (Options.Invalid e) {
            return badArguments(err, e.getMessage());
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            out.println(detector.detect(line).tag());
        }
        out.flush();
        return 0;
    }
}
