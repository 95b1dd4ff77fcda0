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

    /** The articles a lane takes in turn (shared with other lanes) and where their results go, in order. */
    record Work(List<Article> in, Article[] out, AtomicInteger next) {
        Work(List<Article> in) {
            this(in, new Article[in.size()], new AtomicInteger());
        }
    }

    /**
     * Runs articles of {@code work} through the steps, taking the next one until none is left. A pool
     * thread runs the steps one after another, article after article, so articles cost no hand-over
     * between threads; the calling thread only watches the step under way and wakes when its time is
     * up (or the work is done). A step that takes longer than the timeout is given up (its thread
     * interrupted and left behind) and the article goes on from the next step on a fresh thread.
     * {@code first} prepares each article, {@code after} is applied to each step's result.
     */
    void run(List<Step> steps, Work work, ProcessContext ctx, long timeoutMillis, UnaryOperator<Article> first,
             UnaryOperator<Article> after) {
        Chain chain = new Chain(steps, work, ctx, first, after, -1, 0, null);
        while (chain != null) {
            Future<?> f = pool.submit(chain);
            chain = watch(chain, f, steps, timeoutMillis, after);
        }
    }

    /** Waits while the chain works; returns the chain that goes on after a step given up or a halt, or null when all is done. */
    private static Chain watch(Chain chain, Future<?> f, List<Step> steps, long timeoutMillis, UnaryOperator<Article> after) {
        synchronized (chain) {
            try {
                while (!chain.finished) {
                    if (chain.halted || chain.overdue(timeoutMillis)) {
                        Article a = chain.input;
                        if (!chain.halted) { // give the stage up: the article goes on without it
                            chain.stopped = true;
                            f.cancel(true);
                            a = after.apply(with(steps.get(chain.step), a, (System.nanoTime() - chain.started) / 1e6,
                                    Provenance.TIMEOUT, "took longer than " + timeoutMillis + " ms"));
                        }
                        return new Chain(steps, chain.work, chain.ctx, chain.first, after, chain.article,
                                chain.halted ? chain.step : chain.step + 1, a);
                    }
                    if (timeoutMillis <= 0) {
                        chain.wait();
                    } else {
                        long left = chain.started + timeoutMillis * 1_000_000 - System.nanoTime();
                        chain.wait(Math.max(1, left / 1_000_000));
                    }
                }
            } catch (InterruptedException e) {
                chain.stopped = true;
                f.cancel(true);
                Thread.currentThread().interrupt();
                interrupted(steps, chain.work, chain, after);
            }
            return null;
        }
    }

    /** The caller was interrupted: the article under way and those not begun fail their remaining steps. */
    private static void interrupted(List<Step> steps, Work work, Chain chain, UnaryOperator<Article> after) {
        if (chain.article >= 0 && work.out()[chain.article] == null) {
            work.out()[chain.article] = failAll(steps, chain.step, chain.input, after);
        }
        for (int i; (i = work.next().getAndIncrement()) < work.in().size(); ) {
            work.out()[i] = failAll(steps, 0, work.in().get(i), after);
        }
    }

    private static Article failAll(List<Step> steps, int from, Article a, UnaryOperator<Article> after) {
        for (int s = from; s < steps.size(); s++) {
            a = after.apply(with(steps.get(s), a, 0, Provenance.FAILED, "interrupted"));
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

    /**
     * Steps of articles run on one thread: from a given step of a given article (after a step was
     * given up), then whole articles taken from the work. Where it stands is read by the watching
     * caller under the chain's lock; it notifies only when it is done or has to stop.
     */
    private static final class Chain implements Runnable {
        private final List<Step> steps;
        private final Work work;
        private final ProcessContext ctx;
        private final UnaryOperator<Article> first;
        private final UnaryOperator<Article> after;
        // where the chain stands, guarded by this: the article and step under way, its input and start
        int article;
        int step;
        Article input;
        long started = System.nanoTime();
        /** All articles done. */
        boolean finished;
        /** The thread was interrupted between steps: the caller goes on from {@link #step} on a fresh one. */
        boolean halted;
        /** The caller gave the step up: the chain ends without touching the work again. */
        boolean stopped;

        Chain(List<Step> steps, Work work, ProcessContext ctx, UnaryOperator<Article> first, UnaryOperator<Article> after,
              int article, int step, Article input) {
            this.steps = steps;
            this.work = work;
            this.ctx = ctx;
            this.first = first;
            this.after = after;
            this.article = article;
            this.step = step;
            this.input = input;
        }

        @Override
        public void run() {
            int i = article;
            int s = step;
            Article a = input;
            while (true) {
                synchronized (this) { // where the chain stands changes only under the lock the caller reads it with
                    if (stopped) {
                        return;
                    }
                    while (i < 0 || s == steps.size()) {
                        if (i >= 0) {
                            work.out()[i] = a;
                        }
                        i = work.next().getAndIncrement();
                        if (i >= work.in().size()) {
                            finished = true;
                            notifyAll();
                            return;
                        }
                        a = first.apply(work.in().get(i));
                        s = 0;
                    }
                    article = i;
                    step = s;
                    input = a;
                    started = System.nanoTime();
                    if (Thread.currentThread().isInterrupted()) {
                        halted = true;
                        notifyAll();
                        return;
                    }
                }
                a = step(steps.get(s), a);
                s++;
            }
        }

        /** The step under way has run longer than the timeout (0: never). */
        boolean overdue(long timeoutMillis) {
            return timeoutMillis > 0 && System.nanoTime() - started >= timeoutMillis * 1_000_000;
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
    }

    /** Interrupts the stage calls under way; returns how many threads still run after a short wait. */
    int stop() {
        return stop(pool);
    }
}
