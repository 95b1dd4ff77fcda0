package org.copydesk.api.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PiecesTest {
    @Test
    void aLongListOfPiecesIsWorkedOnThePoolsThreadsAndKeepsItsOrder() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        int n = 10_007; // not a multiple of the slices
        List<String> out = Pieces.map(n, i -> {
            threads.add(Thread.currentThread().getName());
            return "p" + i;
        });
        assertEquals(IntStream.range(0, n).mapToObj(i -> "p" + i).toList(), out);
        assertTrue(threads.stream().allMatch(t -> t.startsWith("copydesk-pieces-")), threads.toString());
    }

    @Test
    void aShortListStaysOnTheCallersThread() {
        String caller = Thread.currentThread().getName();
        List<String> out = Pieces.map(Pieces.PARALLEL_FROM - 1, i -> Thread.currentThread().getName());
        assertEquals(Pieces.PARALLEL_FROM - 1, out.size());
        assertTrue(out.stream().allMatch(caller::equals));
    }

    @Test
    void eachPieceIsWorkedOnceAtAnyThreshold() {
        for (int n : new int[] {0, 1, 2, 3, 17, 5_000}) {
            int[] seen = new int[n];
            Pieces.each(n, 1, i -> seen[i]++);
            assertTrue(IntStream.of(seen).allMatch(c -> c == 1), "n=" + n);
        }
    }

    @Test
    void aPiecesErrorReachesTheCaller() {
        OutOfMemoryError oom = new OutOfMemoryError("piece 3");
        assertSame(oom, assertThrows(OutOfMemoryError.class, () -> Pieces.each(10, 1, i -> {
            if (i == 3) {
                throw oom;
            }
        })));
        IllegalStateException bad = assertThrows(IllegalStateException.class,
                () -> Pieces.map(5_000, 1, i -> { throw new IllegalStateException("piece " + i); }));
        assertTrue(bad.getMessage().matches("piece \\d+"), "the task's own message: " + bad.getMessage());
    }

    @Test
    void anInterruptedCallerStopsItsPieces() throws InterruptedException {
        int n = 100_000;
        AtomicInteger done = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicBoolean interruptKept = new AtomicBoolean();
        Thread caller = new Thread(() -> {
            try {
                Pieces.each(n, 1, i -> {
                    started.countDown();
                    LockSupport.parkNanos(1_000_000); // a millisecond of work
                    done.incrementAndGet();
                });
            } catch (Throwable t) {
                thrown.set(t);
                interruptKept.set(Thread.currentThread().isInterrupted());
            }
        });
        caller.start();
        started.await();
        caller.interrupt();
        caller.join(60_000); // a bound against a hang, not a timing
        assertFalse(caller.isAlive(), "the caller returned");
        assertInstanceOf(CancellationException.class, thrown.get());
        assertTrue(interruptKept.get(), "the caller keeps its interrupt");
        int atReturn = done.get();
        Thread.sleep(300);
        assertTrue(done.get() <= atReturn + Runtime.getRuntime().availableProcessors(),
                "at most the piece each thread was on is finished after the caller returned: " + atReturn + " then " + done.get());
        assertTrue(done.get() < n);
    }
}
