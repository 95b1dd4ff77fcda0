package org.copydesk.pipeline.internal;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Provenance;
import org.copydesk.api.stage.ProcessContext;
import org.copydesk.api.stage.Stage;

/**
 * Runs an article's stages so that a stage that throws or hangs costs only its own step: the
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

    /** One slot of the plan and the stage serving it. */
    record Step(String slot, Ranked<Stage> stage) {
    }

    /**
     * Runs the article through the steps in order. One pool thread runs them one after another, so an
     * article costs one hand-over between threads, not one per stage; the caller waits for each step
     * under its own timeout, and when one times out it gives that stage up (interrupting it) and goes
     * on from the next step on a fresh thread. {@code after} is applied to each step's result.
     */
    Article run(List<Step> steps, Article in, ProcessContext ctx, long timeoutMillis, UnaryOperator<Article> after) {
        Article a = in;
        int i = 0;
        while (i < steps.size()) {
            Chain chain = new Chain(steps, i, a, ctx, after);
            long started = System.nanoTime();
            Future<?> f = pool.submit(chain);
            for (; i < steps.size(); i++) {
                Chain.Outcome o;
                try {
                    o = chain.await(i, started, timeoutMillis);
                } catch (InterruptedException e) {
                    f.cancel(true);
                    Thread.currentThread().interrupt();
                    for (; i < steps.size(); i++) {
                        a = after.apply(with(steps.get(i), a, 0, Provenance.FAILED, "interrupted"));
                    }
                    break;
                }
                if (o == null) { // timed out: give the stage up, go on from the next step on a fresh thread
                    chain.stop();
                    f.cancel(true);
                    a = after.apply(with(steps.get(i), a, (System.nanoTime() - started) / 1e6, Provenance.TIMEOUT,
                            "took longer than " + timeoutMillis + " ms"));
                    i++;
                    break;
                }
                if (o.article() == null) {
                    break; // the chain's thread was interrupted before this step: go on from it on a fresh one
                }
                a = o.article();
                started = o.ended();
            }
        }
        return a;
    }

    /** {@code out} with the provenance of one step. */
    private static Article with(Step step, Article out, double millis, String status, String error) {
        Ranked<Stage> stage = step.stage();
        return out.toBuilder().addProvenance(new Provenance(step.slot(), stage.bundleName(), stage.bundleVersion(),
                Math.round(millis * 1000) / 1000.0, status, error == null ? null : stage.bundleName() + ": " + error))
                .build();
    }

    /** The steps from one on, run on one thread; each outcome is handed to the waiting caller as it comes. */
    private static final class Chain implements Runnable {
        /** A step's article (null: the step was not run, the thread being interrupted) and when it ended. */
        record Outcome(Article article, long ended) {
        }

        private final List<Step> steps;
        private final int from;
        private final Article in;
        private final ProcessContext ctx;
        private final UnaryOperator<Article> after;
        private final Outcome[] outcomes;
        private volatile boolean stopped;

        Chain(List<Step> steps, int from, Article in, ProcessContext ctx, UnaryOperator<Article> after) {
            this.steps = steps;
            this.from = from;
            this.in = in;
            this.ctx = ctx;
            this.after = after;
            this.outcomes = new Outcome[steps.size()];
        }

        @Override
        public void run() {
            Article a = in;
            for (int i = from; i < steps.size() && !stopped; i++) {
                if (Thread.currentThread().isInterrupted()) {
                    done(i, new Outcome(null, System.nanoTime()));
                    return;
                }
                a = step(steps.get(i), a);
                done(i, new Outcome(a, System.nanoTime()));
            }
        }

        /** One stage on the article; whatever it throws fails only this step. */
        private Article step(Step step, Article a) {
            long t0 = System.nanoTime();
            String status = Provenance.OK;
            String error = null;
            Article out = a;
            try {
                Article result = step.stage().service().process(a, ctx);
                if (result == null) {
                    status = Provenance.FAILED;
                    error = "returned no article";
                } else {
                    out = result;
                }
            } catch (Throwable e) { // as a task's failure was: an Error in a stage fails that stage for this article
                status = Provenance.FAILED;
                error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
            return after.apply(with(step, out, (System.nanoTime() - t0) / 1e6, status, error));
        }

        private synchronized void done(int i, Outcome o) {
            outcomes[i] = o;
            notifyAll();
        }

        void stop() {
            stopped = true;
        }

        /**
         * Waits for step {@code i}, which started at {@code started} (or will start at once): its outcome,
         * or null when it took longer than the timeout (0: wait as long as it takes).
         */
        synchronized Outcome await(int i, long started, long timeoutMillis) throws InterruptedException {
            long deadline = started + timeoutMillis * 1_000_000;
            while (outcomes[i] == null) {
                if (timeoutMillis <= 0) {
                    wait();
                } else {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return null;
                    }
                    wait(left / 1_000_000, (int) (left % 1_000_000));
                }
            }
            return outcomes[i];
        }
    }

    /** Interrupts the stage calls under way; returns how many threads still run after a short wait. */
    int stop() {
        return stop(pool);
    }
}
