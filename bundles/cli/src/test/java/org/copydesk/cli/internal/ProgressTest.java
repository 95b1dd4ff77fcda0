package org.copydesk.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ProgressTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
    private final AtomicLong now = new AtomicLong();

    private String said() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void onATerminalALongBatchShowsDoneTotalRateFailuresAndTimeLeft() {
        Progress p = new Progress(stream, 20_000, true, now::get);
        p.done.set(100);
        p.tick();
        assertEquals("", said(), "quiet for the first second");
        now.set(2_000_000_000L);
        p.done.set(5_000);
        p.articles.set(5_010);
        p.failed.set(3);
        p.tick();
        assertEquals("\r5,000 of 20,000 inputs (5,010 articles), 2500/s, 3 failed, 0:06 left\033[K", said());
        p.println("copydesk: x.txt: empty file");
        assertTrue(said().endsWith("\r\033[Kcopydesk: x.txt: empty file\n"), "an error line first clears the progress line: " + said());
        p.tick();
        p.finish();
        assertTrue(said().endsWith("left\033[K\r\033[K"), "the line is taken away at the end: " + said());
    }

    @Test
    void whenStandardErrorIsNoTerminalNothingButErrorsIsWritten() {
        Progress p = new Progress(stream, 20_000, false, now::get);
        now.set(60_000_000_000L);
        p.done.set(10_000);
        p.tick();
        p.println("copydesk: x.txt: empty file");
        p.finish();
        assertEquals("copydesk: x.txt: empty file\n", said());
    }

    @Test
    void hoursLeftReadAsHours() {
        Progress p = new Progress(stream, 1_000_000, true, now::get);
        p.done.set(10);
        assertTrue(p.line(1_000_000_000L).endsWith("27:46:39 left"), p.line(1_000_000_000L));
    }
}
