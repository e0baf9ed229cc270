package dev.pith.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** One sub-command of the {@code pith} command-line tool. */
interface Command {

    /** The word that selects this command ({@code bench}, {@code detect-language}, ...). */
    String name();

    /** One line of usage, shown by {@code --help}. */
    String usage();

    /**
     * Runs the command.
     *
     * @return the process exit status: 0 for success, 1 when some input failed, 2 for bad arguments
     */
    int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws IOException;

    /**
     * Reports a bad command line on {@code err}, on one line: {@code pith NAME: PROBLEM; usage: USAGE}.
     *
     * @param problem what is wrong, as {@link Options.Invalid} says it
     * @return 2, the exit status for bad arguments
     */
    default int badArguments(PrintStream err, String problem) {
        err.println("pith " + name() + ": " + problem + "; usage: " + usage());
        return 2;
    }
}
