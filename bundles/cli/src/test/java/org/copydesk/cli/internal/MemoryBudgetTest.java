package org.copydesk.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class MemoryBudgetTest {
    @Test
    void smallInputsShareTheHeapAndABigOneWaitsForRoom() throws Exception {
        MemoryBudget budget = new MemoryBudget(200L << 20); // 100 shares of 1 MB
        int small = budget.take(10_000);
        assertEquals(1, small);
        assertEquals(1, budget.take(10_000), "small inputs never wait for one another");
        CompletableFuture<Integer> big = CompletableFuture.supplyAsync(() -> {
            try {
                return budget.take(1L << 30); // more than the whole budget: it takes all of it, alone
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200);
        assertFalse(big.isDone(), "the big input waits while others run");
        budget.give(1);
        budget.give(1);
        assertEquals(100, big.get(5, TimeUnit.SECONDS));
    }
}
