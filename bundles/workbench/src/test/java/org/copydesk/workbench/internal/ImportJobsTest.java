package org.copydesk.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.copydesk.api.model.Article;
import org.copydesk.api.stage.ImportException;
import org.copydesk.api.stage.ImportSource;
import org.copydesk.api.stage.PipelineStub;
import org.copydesk.api.stage.ProcessContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class ImportJobsTest {
    /** Reads plain text (first line the headline, the rest one paragraph a line); bad.txt cannot be read. */
    static final class TextPipeline extends PipelineStub {
        final List<ProcessContext> contexts = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch firstStarted = new CountDownLatch(1);
        volatile CountDownLatch gate = new CountDownLatch(0);

        @Override
        public List<Article> run(ImportSource source, ProcessContext context) throws ImportException {
            contexts.add(context);
            firstStarted.countDown();
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (source.fileName().equals("bad.txt")) {
                throw new ImportException("no headline line");
            }
            List<String> lines = source.utf8().lines().filter(l -> !l.isBlank()).toList();
            return List.of(Article.builder().headline(lines.get(0)).body(lines.subList(1, lines.size()))
                    .published(context.published()).source(source.source("text", 0)).build());
        }
    }

    @TempDir
    Path root;

    private WorkspaceStore store;
    private final TextPipeline pipeline = new TextPipeline();
    private ImportJobs jobs;

    private static BundleContext desk(String name) {
        return (BundleContext) Proxy.newProxyInstance(BundleContext.class.getClassLoader(), new Class<?>[] {BundleContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getProperty" -> "copydesk.desk".equals(args[0]) ? name : null;
                    case "toString" -> "BundleContext(" + name + ")";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @BeforeEach
    void setUp() throws Exception {
        store = Fixtures.store(root);
        jobs = new ImportJobs(desk("politics"), store, pipeline);
        Path wires = Files.createDirectories(store.inbox().resolve("wires"));
        Files.writeString(wires.resolve("a.txt"), "Alpha headline\nAlpha body.\n");
        Files.writeString(wires.resolve("bad.txt"), "whatever\n");
        Files.writeString(wires.resolve("c.txt"), "Gamma headline\nGamma one.\nGamma two.\n");
        Files.writeString(wires.resolve(".hidden"), "skipped\n");
    }

    @AfterEach
    void tearDown() {
        pipeline.gate.countDown();
        jobs.stop();
    }

    private JsonNode finished(String id) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            ObjectNode j = jobs.get(id);
            if (j.path("finished").asBoolean()) {
                return j;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("job " + id + " did not finish: " + jobs.get(id));
    }

    private static List<String> statuses(JsonNode job) {
        List<String> out = new ArrayList<>();
        job.path("items").forEach(i -> out.add(i.path("path").asText() + "=" + i.path("status").asText()));
        return out;
    }

    @Test
    void aJobOverAFolderImportsEachFileAndTheBadOneFailsAlone() throws Exception {
        ObjectNode started = jobs.start(List.of("wires"), LocalDate.of(2024, 3, 14));
        assertEquals(3, started.path("total").asInt());
        JsonNode job = finished(started.path("id").asText());
        assertEquals(List.of("wires/a.txt=done", "wires/bad.txt=failed", "wires/c.txt=done"), statuses(job));
        assertEquals(3, job.path("done").asInt());
        JsonNode bad = job.at("/items/1");
        assertEquals("wires/bad.txt: no headline line", bad.path("error").asText());
        assertTrue(bad.path("articles").isEmpty());
        assertTrue(job.at("/items/0/error").isNull());

        String alpha = job.at("/items/0/articles/0").asText();
        String gamma = job.at("/items/2/articles/0").asText();
        assertEquals(Arrays.asList(gamma, alpha), store.ids());
        Article g = store.require(gamma);
        assertEquals("Gamma headline", g.headline());
        assertEquals(List.of("Gamma one.", "Gamma two."), g.body());
        assertEquals(LocalDate.of(2024, 3, 14), g.published());
        assertEquals("Gamma headline\nGamma one.\nGamma two.\n", Files.readString(store.original(gamma)));
        assertEquals(List.of("politics"), pipeline.contexts.stream().map(ProcessContext::desk).distinct().toList());
        assertEquals(1, jobs.all().size());
    }

    @Test
    void aCancelledJobStopsBeforeItsNextFile() throws Exception {
        pipeline.gate = new CountDownLatch(1);
        String id = jobs.start(List.of("wires"), null).path("id").asText();
        assertTrue(pipeline.firstStarted.await(10, TimeUnit.SECONDS));
        assertTrue(jobs.cancel(id).path("cancelled").asBoolean());
        pipeline.gate.countDown();
        JsonNode job = finished(id);
        assertEquals(List.of("wires/a.txt=done", "wires/bad.txt=cancelled", "wires/c.txt=cancelled"), statuses(job));
        assertEquals(1, pipeline.contexts.size(), "the pipeline saw the first file only");
        assertNull(pipeline.contexts.get(0).published());
        assertEquals(1, store.ids().size());
    }

    @Test
    void pathsOutsideTheInboxAreRefusedBeforeAnythingRuns() throws Exception {
        Files.writeString(root.resolve("state.json"), "{}");
        for (String bad : List.of("../state.json", "/etc/passwd", "wires/../../state.json")) {
            assertThrowsExactly(IllegalArgumentException.class, () -> jobs.start(List.of("wires/a.txt", bad), null), bad);
        }
        assertThrows(NotFoundException.class, () -> jobs.start(List.of("wires/a.txt", "missing.txt"), null));
        Files.createDirectories(store.inbox().resolve("empty"));
        assertThrowsExactly(IllegalArgumentException.class, () -> jobs.start(List.of("empty"), null));
        assertEquals(0, jobs.all().size(), "no job was made");
        Thread.sleep(100);
        assertEquals(List.of(), pipeline.contexts, "the pipeline never ran");
        assertEquals(List.of(), store.ids());
    }

    @Test
    void aLinkInAFolderThatLeadsOutsideFailsAlone() throws Exception {
        Path outside = Files.writeString(root.resolve("secret.txt"), "Secret headline\nSecret body.\n");
        Files.createSymbolicLink(store.inbox().resolve("wires/link.txt"), outside);
        JsonNode job = finished(jobs.start(List.of("wires"), null).path("id").asText());
        assertEquals(List.of("wires/a.txt=done", "wires/bad.txt=failed", "wires/c.txt=done", "wires/link.txt=failed"), statuses(job));
        assertTrue(job.at("/items/3/error").asText().startsWith("wires/link.txt: a link that leads outside"), job.toString());
        assertEquals(3, pipeline.contexts.size(), "a, bad and c reached the pipeline; the link did not");
    }

    @Test
    void deactivationStopsTheImportThread() throws Exception {
        pipeline.gate = new CountDownLatch(1); // the job waits in its first file until interrupted
        jobs.start(List.of("wires"), null);
        assertTrue(pipeline.firstStarted.await(10, TimeUnit.SECONDS));
        List<Thread> threads = threads("copydesk-workbench-import");
        assertEquals(1, threads.size());
        jobs.stop();
        // the pool is terminated when stop returns; its thread's own exit follows at once
        threads.get(0).join(1000);
        assertFalse(threads.get(0).isAlive(), "no thread outlives the component");
    }

    private static List<Thread> threads(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).toList();
    }

    @Test
    void anUnknownJobIsNotFound() {
        assertThrows(NotFoundException.class, () -> jobs.get("j99"));
        assertThrows(NotFoundException.class, () -> jobs.cancel("j99"));
    }
}
