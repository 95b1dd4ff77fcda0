package org.copydesk.cli.internal;

import java.util.concurrent.Semaphore;

/**
 * Heap for the inputs under way: an input holds, at its peak, many times its size (decoded text, a
 * parsed page, the article and its rendered outputs), so each takes its share of half the heap before
 * it starts, and a big one waits until the others are done rather than run the batch out of memory
 * with them. Small inputs take one share each and never wait for one another.
 */
final class MemoryBudget {
    /** Heap bytes an input byte may need at its peak: a rough bound from the importers' measured worst cases (text ~25x, HTML ~50x at 20 MB) weighted to common inputs. */
    static final int EXPANSION = 16;
    private static final int MB = 20;

    private final int shares;
    private final Semaphore free;

    MemoryBudget(long maxHeapBytes) {
        this.shares = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (maxHeapBytes / 2) >> MB));
        this.free = new Semaphore(shares, true);
    }

    /** Waits until the input's share is free; returns the share to give back. */
    int take(long inputBytes) throws InterruptedException {
        int n = (int) Math.min(shares, Math.max(1, (inputBytes * EXPANSION) >> MB));
        free.acquire(n);
        return n;
    }

    void give(int share) {
        free.release(share);
    }
}
