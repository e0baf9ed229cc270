package dev.pith.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptionsTest {

    private enum Format { TEXT, JSON }

    private static final Set<String> FLAGS = Set.of("--scaling", "--no-url");
    private static final Set<String> VALUES = Set.of("--out", "--format", "--worst", "--url");

    private static Options parse(String... args) throws Options.Invalid {
        return Options.parse(List.of(args), FLAGS, VALUES, Options.ANY);
    }

    private static String problem(int positionals, String... args) {
        return assertThrows(Options.Invalid.class, () -> Options.parse(List.of(args), FLAGS, VALUES, positionals)).getMessage();
    }

    @Test
    void flagsAreSetOnlyWhenGiven() throws Exception {
        Options o = parse("--scaling", "a.txt");
        assertTrue(o.flag("--scaling"));
        assertFalse(o.flag("--no-url"));
        assertTrue(parse("--scaling", "--scaling").flag("--scaling"), "a flag twice is a flag once");
    }

    @Test
    void valueOptionsTakeTheNextArgumentWhateverItIs() throws Exception {
        Options o = parse("--out", "dir", "--format", "--scaling");
        assertEquals("dir", o.value("--out"));
        assertEquals("--scaling", o.value("--format"));
        assertFalse(o.flag("--scaling"), "taken as --format's value");
        assertNull(o.value("--worst"));
        assertEquals(Path.of("dir"), o.value("--out", Path::of));
        assertNull(o.value("--worst", Integer::valueOf), "the parser is not called for an option not given");
    }

    @Test
    void aValueOptionAtTheEndNeedsAValue() {
        assertEquals("--out needs a value", problem(Options.ANY, "a.txt", "--out"));
        assertEquals("--format needs a value", problem(Options.NONE, "--scaling", "--format"));
    }

    @Test
    void anUndeclaredDoubleDashArgumentIsAnUnknownOption() {
        assertEquals("unknown option --bogus", problem(Options.ANY, "--bogus", "x"));
        assertEquals("unknown option --", problem(Options.ANY, "--", "a.txt"), "no end-of-options marker");
        assertEquals("unknown option --OUT", problem(Options.ANY, "--OUT", "x"), "names are case-sensitive");
    }

    @Test
    void positionalArgumentsKeepTheirOrderAroundOptions() throws Exception {
        Options o = parse("b.txt", "--format", "json", "-", "-x", "a.txt");
        assertEquals(List.of("b.txt", "-", "-x", "a.txt"), o.positional());
        assertEquals(List.of(), parse("--scaling").positional());
    }

    @Test
    void inputFilesAreThePositionalArgumentsAsPathsAndThereMustBeOne() throws Exception {
        assertEquals(List.of(Path.of("b.txt"), Path.of("dir")), parse("b.txt", "--scaling", "dir").inputFiles());
        assertEquals("no input files", assertThrows(Options.Invalid.class, () -> parse("--scaling").inputFiles()).getMessage());
        assertTrue(assertThrows(Options.Invalid.class, () -> parse("a\u0000b").inputFiles()).getMessage()
                .startsWith("not a file name: a\u0000b ("));
    }

    @Test
    void positionalArgumentsBeyondTheLimitAreUnexpected() throws Exception {
        assertEquals("unexpected argument a.txt", problem(Options.NONE, "--out", "x", "a.txt"));
        assertEquals("unexpected argument b.txt", problem(1, "a.txt", "b.txt"));
        assertEquals(List.of("a.txt"), Options.parse(List.of("a.txt"), FLAGS, VALUES, 1).positional());
    }

    @Test
    void repeatedArgumentsAllCountAndARepeatedValueOptionKeepsItsLastValue() throws Exception {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            files.add("page-" + i + ".html");
        }
        List<String> args = new ArrayList<>(files);
        args.addAll(List.of("--format", "text", "--format", "json"));
        Options o = Options.parse(args, FLAGS, VALUES, Options.ANY);
        assertEquals(files, o.positional());
        assertEquals("json", o.value("--format"));
    }

    @Test
    void valuesAreReadAndBadOnesNamed() throws Exception {
        Options o = parse("--format", "Json", "--worst", "7", "--url", "https://example.org/a");
        assertEquals(Format.JSON, o.choice("--format", Format.TEXT));
        assertEquals(7, o.number("--worst", 10, 0));
        assertEquals(URI.create("https://example.org/a"), o.value("--url", URI::create));
        assertEquals(Format.TEXT, parse().choice("--format", Format.TEXT));
        assertEquals(10, parse().number("--worst", 10, 0));

        Options bad = parse("--format", "xml", "--worst", "-1", "--url", "http://exa mple/", "--out", "2024-13-01T00:00Z");
        assertEquals("bad value for --format: xml (one of text, json)",
                assertThrows(Options.Invalid.class, () -> bad.choice("--format", Format.TEXT)).getMessage());
        assertEquals("bad value for --worst: -1 (a whole number, at least 0)",
                assertThrows(Options.Invalid.class, () -> bad.number("--worst", 10, 0)).getMessage());
        assertEquals("bad value for --worst: -1 (a whole number, at least 0)",
                assertThrows(Options.Invalid.class, () -> parse("--worst", "-1").number("--worst", 10, 0)).getMessage());
        assertEquals("bad value for --worst: ten (a whole number, at least 0)",
                assertThrows(Options.Invalid.class, () -> parse("--worst", "ten").number("--worst", 10, 0)).getMessage());
        assertTrue(assertThrows(Options.Invalid.class, () -> bad.value("--url", URI::create)).getMessage()
                .startsWith("bad value for --url: http://exa mple/ (Illegal character"));
        assertTrue(assertThrows(Options.Invalid.class, () -> bad.value("--out", OffsetDateTime::parse)).getMessage()
                .startsWith("bad value for --out: 2024-13-01T00:00Z ("), "a DateTimeException is a bad value too");
    }

    @Test
    void aRequiredOptionMustBeGiven() throws Exception {
        assertEquals(Path.of("d"), parse("--out", "d").required("--out", Path::of));
        assertEquals("--out is required", assertThrows(Options.Invalid.class, () -> parse("a").required("--out", Path::of)).getMessage());
    }

    @Test
    void askingForAnUndeclaredNameIsAProgrammingError() throws Exception {
        Options o = parse();
        assertThrows(IllegalArgumentException.class, () -> o.flag("--scalling"));
        assertThrows(IllegalArgumentException.class, () -> o.value("--outt"));
        assertThrows(IllegalArgumentException.class,
                () -> Options.parse(List.of(), Set.of("--out"), Set.of("--out"), Options.ANY), "a flag and a value option at once");
        assertThrows(IllegalArgumentException.class, () -> Options.parse(List.of(), Set.of("-v"), Set.of(), Options.ANY));
    }

    @Test
    void theResultDoesNotChangeWithTheArgumentList() throws Exception {
        List<String> args = new ArrayList<>(Arrays.asList("--out", "d", "a.txt"));
        Options o = Options.parse(args, FLAGS, VALUES, Options.ANY);
        args.set(1, "e");
        args.set(2, "b.txt");
        assertEquals("d", o.value("--out"));
        assertEquals(List.of("a.txt"), o.positional());
        assertThrows(UnsupportedOperationException.class, () -> o.positional().add("c.txt"));
    }

    @Test
    void aCommandReportsABadCallOnOneLineWithItsUsage() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Command c = new BatchCommand();
        assertEquals(2, c.badArguments(new PrintStream(bytes, true, StandardCharsets.UTF_8), "unknown option --x"));
        assertEquals("pith batch: unknown option --x; usage: " + c.usage() + System.lineSeparator(),
                bytes.toString(StandardCharsets.UTF_8));
    }
}
