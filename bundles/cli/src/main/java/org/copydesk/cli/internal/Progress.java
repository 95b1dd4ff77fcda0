package org.copydesk.cli.internal;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * A batch's progress on a terminal: one line, redrawn in place, with the inputs done of the total,
 * the articles they gave, the rate, the failures and the time left. It is drawn only when standard
 * error is a terminal (the launcher script says so) and the batch has run a moment, so pipes, logs and
 * short runs stay quiet. Error lines go through {@link #println} so they never mix with the line.
 */
final class Progress {
    /** Nothing is drawn before the batch has run this long. */
    static final long QUIET_NANOS = 1_000_000_000L;

    private final PrintStream err;
    private final int total;
    private final boolean terminal;
    private final LongSupplier clock;
    private final long start;
    final AtomicInteger done = new AtomicInteger();
    final AtomicInteger articles = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    private boolean drawn;

    Progress(PrintStream err, int total, boolean terminal, LongSupplier nanoClock) {
        this.err = err;
        this.total = total;
        this.terminal = terminal;
        this.clock = nanoClock;
        this.start = nanoClock.getAsLong();
    }

    /** A line of its own (an input's error), above the progress line. */
    void println(String line) {
        synchronized (err) {
            clear();
            err.println(line);
        }
    }

    /** Redraws the line if it is shown at all; called a few times a second. */
    void tick() {
        long elapsed = clock.getAsLong() - start;
        if (!terminal || elapsed < QUIET_NANOS) {
            return;
        }
        synchronized (err) {
            err.print("\r" + line(elapsed) + "\033[K");
            err.flush();
            drawn = true;
        }
    }

    /** Takes the line away before the summary. */
    void finish() {
        synchronized (err) {
            clear();
        }
    }

    private void clear() {
        if (drawn) {
            err.print("\r\033[K");
            drawn = false;
        }
    }

    String line(long elapsedNanos) {
        int d = done.get();
        double seconds = elapsedNanos / 1e9;
        double rate = seconds > 0 ? d / seconds : 0;
        String left = rate > 0 ? clock((long) Math.ceil((total - d) / rate)) : "?";
        return String.format("%,d of %,d inputs (%,d articles), %.0f/s, %,d failed, %s left", d, total, articles.get(), rate,
                failed.get(), left);
    }

    private static String clock(long seconds) {
        return seconds >= 3600 ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
