package dev.pith.batch;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressTest {

    @Test
    void theLineSaysRecordsRatesShareAndTimeLeft() {
        Progress p = new Progress(null, false, 1_000_000, 0);
        assertEquals("pith batch: 100 records, 10.0 records/s, 0.05 MB/s, 50% read, 10s left", p.line(100, 500_000, 10_000_000_000L));
        assertTrue(p.line(0, 0, 1).endsWith("? left"));
    }

    @Test
    void aTerminalGetsOneRedrawnLineAFileGetsPlainLines() {
        ByteArrayOutputStream tty = new ByteArrayOutputStream();
        Progress onTerminal = new Progress(new PrintStream(tty, true, StandardCharsets.UTF_8), true, 100, 0);
        onTerminal.update(1, 10);
        onTerminal.update(2, 20);
        onTerminal.finish();
        String t = tty.toString(StandardCharsets.UTF_8);
        assertEquals(2, t.chars().filter(c -> c == '\r').count());
        assertEquals(1, t.chars().filter(c -> c == '\n').count(), "one newline, at the end");

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Progress inLog = new Progress(new PrintStream(log, true, StandardCharsets.UTF_8), false, 100, 0);
        inLog.update(1, 10);
        inLog.update(2, 20);
        inLog.finish();
        String l = log.toString(StandardCharsets.UTF_8);
        assertEquals(0, l.chars().filter(c -> c == '\r').count());
        assertEquals(2, l.lines().count());
    }

    @Test
    void aLogGetsNoLineBeforeItsInterval() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(log, true, StandardCharsets.UTF_8), false, 100);
        p.update(1, 10);
        assertEquals("", log.toString(StandardCharsets.UTF_8));
    }
}
