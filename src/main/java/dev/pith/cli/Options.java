package dev.pith.cli;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The command line of one command, read against what the command declares: flags ({@code --scaling}),
 * options that take the next argument as their value ({@code --out DIR}), and positional arguments
 * (every argument that does not start with {@code --}), in any order.
 *
 * <p>The rules, the same for every command: a value option takes the argument after it, whatever that
 * is ({@code --out --x} writes to "--x"); given twice, its last value counts; a flag given twice is the
 * same as once. An argument that starts with {@code --} and is not declared is an unknown option (there
 * is no {@code --} end-of-options marker, and {@code -x} is a positional argument). A bad command line
 * is an {@link Invalid} whose message names the problem in a few words, for {@link Command#badArguments}.
 *
 * <p>Immutable once {@link #parse parsed}, and so safe to share between threads. Names are the option
 * words with their dashes; asking for a name the command did not declare is a programming error
 * ({@link IllegalArgumentException}). Nothing returns null except {@link #value(String)} and
 * {@link #value(String, Parser)} for an option that was not given.
 */
final class Options {

    /** {@link #parse}'s limit for a command that takes no positional arguments. */
    static final int NONE = 0;

    /** {@link #parse}'s limit for a command that takes any number of positional arguments. */
    static final int ANY = Integer.MAX_VALUE;

    private final Set<String> declared;
    private final Set<String> flags;
    private final Map<String, String> values;
    private final List<String> positional;

    private Options(Set<String> declared, Set<String> flags, Map<String, String> values, List<String> positional) {
        this.declared = Set.copyOf(declared);
        this.flags = Set.copyOf(flags);
        this.values = Map.copyOf(values);
        this.positional = List.copyOf(positional);
    }

    /**
     * Reads a command line.
     *
     * @param args         the arguments after the command word
     * @param flags        the options that stand alone
     * @param valueOptions the options that take a value
     * @param positionals  how many positional arguments the command takes at most: {@link #NONE}, a
     *                     number, or {@link #ANY}
     * @throws Invalid                  for an unknown option, a value option that ends the line, or a
     *                                  positional argument beyond {@code positionals}
     * @throws IllegalArgumentException when a name is declared both as a flag and as a value option, or
     *                                  does not start with {@code --}
     */
    static Options parse(List<String> args, Set<String> flags, Set<String> valueOptions, int positionals) throws Invalid {
        Set<String> declared = new HashSet<>(flags);
        for (String name : valueOptions) {
            if (!declared.add(name)) {
                throw new IllegalArgumentException(name + " is declared as a flag and as a value option");
            }
        }
        for (String name : declared) {
            if (!name.startsWith("--")) {
                throw new IllegalArgumentException("an option starts with --: " + name);
            }
        }
        Set<String> given = new HashSet<>();
        Map<String, String> values = new HashMap<>();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (flags.contains(a)) {
                given.add(a);
            } else if (valueOptions.contains(a)) {
                if (i + 1 >= args.size()) {
                    throw new Invalid(a + " needs a value");
                }
                values.put(a, args.get(++i));
            } else if (a.startsWith("--")) {
                throw new Invalid("unknown option " + a);
            } else if (rest.size() >= positionals) {
                throw new Invalid("unexpected argument " + a);
            } else {
                rest.add(a);
            }
        }
        return new Options(declared, given, values, rest);
    }

    /** Whether the flag {@code name} was given. */
    boolean flag(String name) {
        check(name);
        return flags.contains(name);
    }

    /** The value of option {@code name} as given (the last, if given twice), or null when it was not given. */
    String value(String name) {
        check(name);
        return values.get(name);
    }

    /**
     * The value of option {@code name} read by {@code parser}, or null when it was not given.
     *
     * @throws Invalid     when the parser rejects the value with an {@link IllegalArgumentException} or a
     *                     {@link DateTimeException}; the message names the option, the value and the
     *                     parser's reason
     * @throws IOException from the parser, unchanged (a file named by the value could not be read)
     */
    <T> T value(String name, Parser<T> parser) throws Invalid, IOException {
        String v = value(name);
        if (v == null) {
            return null;
        }
        try {
            return parser.parse(v);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw badValue(name, v, e.getMessage());
        }
    }

    /**
     * Like {@link #value(String, Parser)}, for an option the command cannot do without.
     *
     * @throws Invalid "--name is required" when the option was not given, or as {@link #value(String, Parser)}
     */
    <T> T required(String name, Parser<T> parser) throws Invalid, IOException {
        T v = value(name, parser);
        if (v == null) {
            throw new Invalid(name + " is required");
        }
        return v;
    }

    /**
     * The constant of {@code fallback}'s enum named by option {@code name}, in any case ({@code --format
     * json} is {@code JSON}), or {@code fallback} when the option was not given.
     *
     * @throws Invalid when the value names no constant; the message lists them
     */
    <E extends Enum<E>> E choice(String name, E fallback) throws Invalid {
        String v = value(name);
        if (v == null) {
            return fallback;
        }
        E[] constants = fallback.getDeclaringClass().getEnumConstants();
        for (E c : constants) {
            if (c.name().equalsIgnoreCase(v)) {
                return c;
            }
        }
        throw badValue(name, v, "one of " + Arrays.stream(constants).map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")));
    }

    /**
     * The whole number given as option {@code name}, or {@code fallback} when it was not given.
     *
     * @throws Invalid when the value is not a whole number or is below {@code min}
     */
    int number(String name, int fallback, int min) throws Invalid {
        String v = value(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, as a number below min is
        }
        throw badValue(name, v, "a whole number, at least " + min);
    }

    /** The positional arguments in the order given; empty when there are none. */
    List<String> positional() {
        return positional;
    }

    /**
     * The positional arguments as the paths of the command's input files, in the order given.
     *
     * @throws Invalid "no input files" when there are none, or when one cannot be a path on this system
     */
    List<Path> inputFiles() throws Invalid {
        if (positional.isEmpty()) {
            throw new Invalid("no input files");
        }
        List<Path> files = new ArrayList<>();
        for (String p : positional) {
            try {
                files.add(Path.of(p));
            } catch (InvalidPathException e) {
                throw new Invalid("not a file name: " + p + " (" + e.getReason() + ")");
            }
        }
        return List.copyOf(files);
    }

    private void check(String name) {
        if (!declared.contains(name)) {
            throw new IllegalArgumentException("not a declared option: " + name);
        }
    }

    private static Invalid badValue(String name, String value, String reason) {
        return new Invalid("bad value for " + name + ": " + value + (reason == null ? "" : " (" + reason + ")"));
    }

    /** Reads an option's value; may throw {@link IllegalArgumentException} for a bad one. */
    @FunctionalInterface
    interface Parser<T> {
        /**
         * The value read.
         *
         * @throws IOException when the value names a file that cannot be read
         */
        T parse(String value) throws IOException;
    }

    /** A bad command line; the message says what is wrong, without the command's name or usage. */
    static final class Invalid extends Exception {

        Invalid(String problem) {
            super(problem);
        }
    }
}
