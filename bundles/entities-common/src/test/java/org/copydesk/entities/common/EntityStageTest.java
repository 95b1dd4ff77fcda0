package org.copydesk.entities.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;

class EntityStageTest {
    @Test
    void deactivationStopsALoadUnderWayAndItsThread() throws InterruptedException {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        NameFinder slowToLoad = new NameFinder() {
            @Override
            public void prepare() {
                loading.countDown();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
            }

            @Override
            public List<NameSpan> find(Document doc, Gazetteer gazetteer) {
                return List.of();
            }
        };
        EntityStage stage = new EntityStage() {
        };
        stage.configure(mock(BundleContext.class), slowToLoad, "", true);
        assertTrue(loading.await(10, TimeUnit.SECONDS), "the model loads in the background");
        List<Thread> threads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("copydesk-entities-prepare")).toList();
        assertEquals(1, threads.size());

        stage.deactivate();
        assertEquals(0, interrupted.getCount(), "the load was interrupted");
        threads.get(0).join(1000); // the pool has terminated; the thread's own exit follows at once
        assertFalse(threads.get(0).isAlive(), "no thread outlives the component");
    }
}
