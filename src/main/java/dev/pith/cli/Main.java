package dev.pith.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code pith} command-line tool: {@code java -jar pith.jar [command] args...}. Without a command
 * word it cleans the pages named by its arguments (see {@link CleanCommand}).
 *
 * <p>Not for use as a library; the library is {@link dev.pith.Pith}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(Arrays.asList(args), System.in, out, err);
        out.flush();
        System.exit(status);
    }

    /** Runs the tool with {@code args} and returns the exit status; used by {@link #main} and tests. */
    static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        List<Command> commands = commands();
        Command chosen = commands.get(0);
        List<String> rest = args;
        if (!args.isEmpty()) {
            if (args.get(0).equals("--help") || args.get(0).equals("-h")) {
                usage(commands, out);
                return 0;
            }
            for (Command c : commands) {
                if (c.name().equals(args.get(0))) {
                    chosen = c;
                    rest = args.subList(1, args.size());
                }
            }
        }
        try {
            return chosen.run(rest, in, out, err);
        } catch (IOException e) {
            err.println("pith: " + e.getMessage());
            return 1;
        }
    }

    private static List<Command> commands() {
        return List.of(new CleanCommand(), new BenchCommand(), new DetectLanguageCommand(), new LanguageBenchCommand(),
                new DateBenchCommand(), new BatchCommand(), new ReportCommand());
    }

    private static void usage(List<Command> commands, PrintStream out) {
        out.println("usage:");
        for (Command c : commands) {
            out.println("  java -jar pith.jar " + c.usage());
        }
    }
}
