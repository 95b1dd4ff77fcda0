package org.copydesk.pipeline.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Provenance;
import org.copydesk.api.stage.ProcessContext;
import org.copydesk.api.stage.Stage;

/**
 * Runs one stage on one article so that a stage that throws or hangs costs only its own step: the
 * article goes on without it and its provenance says what happened and which bundle did it.
 */
final class StageRunner {
    /** How long stopping waits for interrupted threads to end. */
    private static final long STOP_WAIT_MILLIS = 2000;

    private final ExecutorService pool = Executors.newCachedThreadPool(daemons("copydesk-stage-"));

    /**
     * Threads named {@code prefix} and a number; daemons, so that a hung stage, which no one can
     * stop, never keeps the runtime from exiting.
     */
    static ThreadFactory daemons(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Interrupts the pool's tasks and waits a little for its threads to end; returns how many did not. */
    static int stop(ExecutorService pool) {
        pool.shutdownNow();
        try {
            if (pool.awaitTermination(STOP_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                return 0;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ((ThreadPoolExecutor) pool).getActiveCount();
    }

    Article run(String slot, Ranked<Stage> stage, Article in, ProcessContext ctx, long timeoutMillis) {
        long t0 = System.nanoTime();
        String status = Provenance.OK;
        String error = null;
        Article out = in;
        Future<Article> f = pool.submit(() -> stage.service().process(in, ctx));
        try {
            Article result = timeoutMillis > 0 ? f.get(timeoutMillis, TimeUnit.MILLISECONDS) : f.get();
            if (result == null) {
                status = Provenance.FAILED;
                error = "returned no article";
            } else {
                out = result;
            }
        } catch (TimeoutException e) {
            f.cancel(true);
            status = Provenance.TIMEOUT;
            error = "took longer than " + timeoutMillis + " ms";
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            status = Provenance.FAILED;
            error = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            status = Provenance.FAILED;
            error = "interrupted";
        }
        double millis = (System.nanoTime() - t0) / 1e6;
        return out.toBuilder().addProvenance(new Provenance(slot, stage.bundleName(), stage.bundleVersion(),
                Math.round(millis * 1000) / 1000.0, status, error == null ? null : stage.bundleName() + ": " + error))
                .build();
    }

    /** Interrupts the stage calls under way; returns how many threads still run after a short wait. */
    int stop() {
        return stop(pool);
    }
}
