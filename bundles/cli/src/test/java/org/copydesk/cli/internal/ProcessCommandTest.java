package org.copydesk.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.copydesk.api.stage.ImportException;
import org.copydesk.api.stage.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;

class ProcessCommandTest {
    @TempDir
    Path tmp;

    @Test
    void deactivationStopsABatchAndItsThreads() throws Exception {
        CountDownLatch started = new CountDownLatch(2);
        Pipeline pipeline = mock(Pipeline.class);
        when(pipeline.run(any(), any())).thenAnswer(call -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                throw new ImportException("interrupted");
            }
            return List.of();
        });
        ProcessCommand command = new ProcessCommand(pipeline, mock(BundleContext.class));
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < 5; i++) {
            Files.writeString(in.resolve("story-" + i + ".txt"), "Headline\nBody.\n");
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> command.run(
                new String[] {"--threads", "2", "--out", tmp.resolve("out").toString(), in.toString()},
                InputStream.nullInputStream(), new PrintStream(java.io.OutputStream.nullOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(started.await(10, TimeUnit.SECONDS), "two inputs at once, as --threads says");
        List<Thread> threads = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("copydesk-process-")).toList();
        assertEquals(2, threads.size());

        command.stop();
        for (Thread t : threads) {
            t.join(1000); // the pool has terminated; the thread's own exit follows at once
            assertFalse(t.isAlive(), t.getName() + " outlived the command");
        }
        assertEquals(1, status.get(10, TimeUnit.SECONDS));
        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, said.lines().filter(l -> l.endsWith(": interrupted")).count(), said);
        assertTrue(said.contains("stopped with 3 inputs not processed"), said);
    }
}
