package org.copydesk.api.parallel;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Runs a task for each piece of an article, on all cores once there are many pieces, and on the
 * caller's thread otherwise: an ordinary article stays on its stage thread (a batch already fills the
 * cores with articles), while a page of tens of thousands of paragraphs would keep one core busy and
 * the others idle. A task must depend on nothing another piece's task computes; results are in piece
 * order either way, so the output is the same on one core or many.
 *
 * <p>The work runs in one pool of as many threads as there are processors, named {@code
 * copydesk-pieces-N}, not in the JVM's common pool: the common pool has one thread fewer than the
 * processors and borrows the caller, so two long articles in two lanes would run on more threads than
 * cores; it is shared with whatever else in the runtime uses parallel streams; and its threads say
 * nothing in a profile. Idle threads end after a minute, so a bundle refresh leaves none behind.
 * The first exception or error of a task (an {@link OutOfMemoryError} too) is thrown to the caller as
 * it was thrown, not wrapped, and the pieces not yet begun are skipped: the caller fails that article
 * alone, with the task's own message. A caller interrupted while its pieces run (a stage given up at
 * its time limit) gets a {@link CancellationException} at once, keeps its interrupt, and the pieces
 * not yet begun are skipped, so an abandoned article does not hold the cores.
 */
public final class Pieces {
    /**
     * From this many pieces a task runs on all cores: ordinary articles (tens of paragraphs) stay far
     * below it, on their own thread.
     */
    public static final int PARALLEL_FROM = 1_000;

    private static final int SLICES_PER_THREAD = 8;

    private Pieces() {
    }

    /** The pool, made on first use: a runtime that never sees a long article starts no thread for it. */
    private static final class Pool {
        private static final AtomicInteger THREADS = new AtomicInteger();
        static final ForkJoinPool POOL = new ForkJoinPool(Runtime.getRuntime().availableProcessors(), pool -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            t.setName("copydesk-pieces-" + THREADS.incrementAndGet());
            return t;
        }, null, false);
    }

    /** Runs {@code task} for pieces 0 to {@code n - 1}, on all cores from {@link #PARALLEL_FROM} pieces. */
    public static void each(int n, IntConsumer task) {
        each(n, PARALLEL_FROM, task);
    }

    /** As {@link #each(int, IntConsumer)}, on all cores from {@code parallelFrom} pieces (tests pass 1). */
    public static void each(int n, int parallelFrom, IntConsumer task) {
        if (n < parallelFrom) {
            for (int i = 0; i < n; i++) {
                task.accept(i);
            }
            return;
        }
        // several slices a thread, so a thread that drew quick pieces takes another slice instead of idling
        // (a parallel stream cuts the range by the common pool's size: a handful of slices on two cores)
        int slices = Math.min(n, Pool.POOL.getParallelism() * SLICES_PER_THREAD);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        List<ForkJoinTask<?>> tasks = IntStream.range(0, slices)
                .<ForkJoinTask<?>>mapToObj(s -> ForkJoinTask.adapt(() -> {
                    int end = (int) ((long) n * (s + 1) / slices);
                    try {
                        for (int i = (int) ((long) n * s / slices); i < end && failed.get() == null; i++) {
                            task.accept(i);
                        }
                    } catch (Throwable t) {
                        failed.compareAndSet(null, t); // the pool would throw a copy made by reflection
                    }
                }))
                .toList();
        ForkJoinTask<?> all = Pool.POOL.submit(ForkJoinTask.adapt(() -> ForkJoinTask.invokeAll(tasks)));
        try {
            all.get();
        } catch (InterruptedException e) {
            // the caller gave up (a stage past its time limit): the slices stop at their next piece
            failed.compareAndSet(null, new CancellationException("interrupted"));
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            failed.compareAndSet(null, e.getCause());
        }
        Throwable t = failed.get();
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw (RuntimeException) t; // an IntConsumer throws nothing else
        }
    }

    /** The result of {@code task} for pieces 0 to {@code n - 1}, in piece order; on all cores from {@link #PARALLEL_FROM}. */
    public static <T> List<T> map(int n, IntFunction<? extends T> task) {
        return map(n, PARALLEL_FROM, task);
    }

    /** As {@link #map(int, IntFunction)}, on all cores from {@code parallelFrom} pieces. */
    @SuppressWarnings("unchecked")
    public static <T> List<T> map(int n, int parallelFrom, IntFunction<? extends T> task) {
        Object[] out = new Object[n];
        each(n, parallelFrom, i -> out[i] = task.apply(i));
        return (List<T>) Collections.unmodifiableList(Arrays.asList(out));
    }
}
