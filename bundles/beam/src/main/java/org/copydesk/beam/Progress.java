package org.copydesk.beam;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the workers in this JVM have done so far, for the progress line: the local runners (Direct,
 * Flink's [local]) run every worker here. Beam's own metrics say the same at the end on any runner,
 * but not every runner reports them while a batch runs.
 */
final class Progress {
    static final AtomicLong INPUTS = new AtomicLong();
    static final AtomicLong ARTICLES = new AtomicLong();
    static final AtomicLong FAILED = new AtomicLong();

    private Progress() {
    }

    /** Counts from zero for a new job in this JVM. */
    static void reset() {
        INPUTS.set(0);
        ARTICLES.set(0);
        FAILED.set(0);
    }

    /** Prints a line every {@code seconds} until the returned thread is interrupted. */
    static Thread report(PrintStream err, int seconds) {
        Thread t = new Thread(() -> {
            long t0 = System.nanoTime();
            long lastArticles = ARTICLES.get();
            long last = t0;
            try {
                while (true) {
                    Thread.sleep(seconds * 1000L);
                    long now = System.nanoTime();
                    long articles = ARTICLES.get();
                    double rate = (articles - lastArticles) / ((now - last) / 1e9);
                    err.printf("copydesk beam: %d inputs, %d articles (%.0f/s), %d failed, %.0f s%n", INPUTS.get(),
                            articles, rate, FAILED.get(), (now - t0) / 1e9);
                    lastArticles = articles;
                    last = now;
                }
            } catch (InterruptedException e) {
                // the job is over
            }
        }, "copydesk-progress");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
