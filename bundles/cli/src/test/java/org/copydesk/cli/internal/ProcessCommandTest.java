package org.copydesk.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
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

import org.copydesk.api.model.Article;
import org.copydesk.api.stage.ImportException;
import org.copydesk.api.stage.ImportSource;
import org.copydesk.api.stage.Pipeline;
import org.copydesk.boot.Caller;
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

    private ProcessCommand withPipeline(Pipeline pipeline) {
        return new ProcessCommand(pipeline, mock(BundleContext.class));
    }

    /** A pipeline whose json exporter writes pretty JSON with the headline, as the real one does. */
    private static Pipeline jsonPipeline() throws Exception {
        Pipeline pipeline = mock(Pipeline.class);
        when(pipeline.extension("json")).thenReturn("json");
        when(pipeline.extension("markdown")).thenReturn("md");
        doAnswer(call -> {
            Article a = call.getArgument(0);
            ((java.io.OutputStream) call.getArgument(2)).write(("{\n  \"headline\" : \"" + a.headline().replace("\"", "\\\"") + "\",\n  \"body\" : [ ]\n}\n")
                    .getBytes(StandardCharsets.UTF_8));
            return null;
        }).when(pipeline).write(any(), any(), any());
        return pipeline;
    }

    private record Result(int status, String out, String err) {
    }

    private static Result run(ProcessCommand command, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = command.run(args, InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        command.stop(); // its threads end with it
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Article article(String headline) {
        return Article.builder().headline(headline).body(List.of("p")).build();
    }

    @Test
    void severalArticlesOnStandardOutputAreJsonLines() throws Exception {
        Pipeline pipeline = jsonPipeline();
        when(pipeline.run(any(), any())).thenReturn(List.of(article("one"), article("two \"quoted\"")));
        Path feed = Files.writeString(tmp.resolve("wire.rss"), "<rss/>");
        Result r = run(withPipeline(pipeline), "process", feed.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of("{\"headline\":\"one\",\"body\":[]}", "{\"headline\":\"two \\\"quoted\\\"\",\"body\":[]}"), r.out().lines().toList());

        Result md = run(withPipeline(pipeline), "process", "--format", "markdown", feed.toString());
        assertEquals(1, md.status());
        assertEquals("copydesk: " + feed + ": gives 2 articles, and standard output holds one in markdown: add --out DIR, "
                + "or use --format json (one article a line)", md.err().strip());
        assertEquals("", md.out());
    }

    @Test
    void oneArticleOnStandardOutputIsTheFormatAsItIs() throws Exception {
        Pipeline pipeline = jsonPipeline();
        when(pipeline.run(any(), any())).thenReturn(List.of(article("one")));
        Result r = run(withPipeline(pipeline), "process", Files.writeString(tmp.resolve("a.txt"), "a").toString());
        assertEquals("{\n  \"headline\" : \"one\",\n  \"body\" : [ ]\n}\n", r.out());
    }

    @Test
    void severalFormatsWithoutAnOutputFolderAreRefused() throws Exception {
        Pipeline pipeline = jsonPipeline();
        Result r = run(withPipeline(pipeline), "process", "--format", "json,markdown", Files.writeString(tmp.resolve("a.txt"), "a").toString());
        assertEquals(2, r.status());
        assertEquals("copydesk process: --format json,markdown gives several outputs for each article: add --out DIR, "
                + "or ask for one format on standard output", r.err().strip());
        verify(pipeline, never()).run(any(), any());
    }

    @Test
    void anInputThatRunsOutOfMemoryOrStackFailsAloneAndTheBatchGoesOn() throws Exception {
        Pipeline pipeline = jsonPipeline();
        when(pipeline.run(any(), any())).thenAnswer(call -> {
            String name = ((ImportSource) call.getArgument(0)).fileName();
            if (name.equals("huge.txt")) {
                throw new OutOfMemoryError("Java heap space");
            }
            if (name.equals("deep.txt")) {
                throw new StackOverflowError();
            }
            return List.of(article(name));
        });
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String name : List.of("a.txt", "deep.txt", "huge.txt", "z.txt")) {
            Files.writeString(in.resolve(name), name);
        }
        Result r = run(withPipeline(pipeline), "process", "--threads", "1", "--out", tmp.resolve("out").toString(), in.toString());
        assertEquals(1, r.status());
        List<String> lines = r.err().lines().toList();
        assertEquals(3, lines.size(), r.err());
        assertEquals("copydesk: " + in.resolve("deep.txt") + ": too deeply nested to read (the stack ran out)", lines.get(0));
        assertTrue(lines.get(1).startsWith("copydesk: " + in.resolve("huge.txt") + ": ran out of memory on this input (the heap holds at most "),
                lines.get(1));
        assertTrue(lines.get(2).startsWith("copydesk: 4 inputs, 2 articles, 2 failed, "), lines.get(2));
        assertTrue(Files.isRegularFile(tmp.resolve("out/a.json")) && Files.isRegularFile(tmp.resolve("out/z.json")));
        assertFalse(r.err().contains("\tat "), "no stack trace without --verbose");
        Result verbose = run(withPipeline(pipeline), "process", "--verbose", "--out", tmp.resolve("out2").toString(), in.toString());
        assertTrue(verbose.err().contains("\tat "), "--verbose shows the stack trace: " + verbose.err());
    }

    @Test
    void inputsAreNeverWrittenWhenTheOutputFolderIsTheInputFolder() throws Exception {
        Pipeline pipeline = jsonPipeline();
        when(pipeline.run(any(), any())).thenReturn(List.of(article("x")));
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.json"), "{\"headline\":\"mine\"}");
        Result r = run(withPipeline(pipeline), "process", "--out", in.toString(), in.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("copydesk process: --out " + in + " is the input folder "), r.err());
        assertEquals("{\"headline\":\"mine\"}", Files.readString(in.resolve("a.json")));
        verify(pipeline, never()).run(any(), any());
    }

    @Test
    void relativePathsMeanTheCallersWorkingFolderAndAreNamedAsGiven() throws Exception {
        Pipeline pipeline = jsonPipeline();
        when(pipeline.run(any(), any())).thenAnswer(call -> List.of(article(((ImportSource) call.getArgument(0)).fileName())));
        Path caller = Files.createDirectories(tmp.resolve("caller"));
        Files.createDirectories(caller.resolve("in/sub"));
        Files.writeString(caller.resolve("in/sub/a.txt"), "a");
        Files.writeString(caller.resolve("b.txt"), "b");
        ProcessCommand command = withPipeline(pipeline);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = command.run(new Caller(caller, java.util.Map.of(), false, false),
                new String[] {"process", "--out", "out", "in", "b.txt", "missing.txt"}, InputStream.nullInputStream(),
                new PrintStream(java.io.OutputStream.nullOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        command.stop();
        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, status, said);
        assertEquals("copydesk: missing.txt: no such file", said.lines().findFirst().orElse(""), "named as the caller wrote it");
        assertTrue(Files.readString(caller.resolve("out/a.json")).contains("\"a.txt\""), "read from the caller's folder, written there");
        assertTrue(Files.isRegularFile(caller.resolve("out/b.json")));
        assertFalse(Files.exists(Path.of("out")), "nothing in this process's own working folder");
    }

    @Test
    void aFolderWithNothingToProcessSaysSo() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Result r = run(withPipeline(jsonPipeline()), "process", empty.toString());
        assertEquals(2, r.status());
        assertEquals("copydesk process: no file to process in " + empty, r.err().strip());
    }
}
