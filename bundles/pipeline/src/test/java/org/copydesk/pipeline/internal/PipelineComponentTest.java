package org.copydesk.pipeline.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Provenance;
import org.copydesk.api.stage.Exporter;
import org.copydesk.api.stage.ImportException;
import org.copydesk.api.stage.ImportSource;
import org.copydesk.api.stage.Importer;
import org.copydesk.api.stage.ProcessContext;
import org.copydesk.api.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;
import org.osgi.service.log.Logger;
import org.osgi.util.converter.Converters;

class PipelineComponentTest {
    private PipelineComponent pipeline;

    private final Logger log = mock(Logger.class);

    /** The configuration DS would hand over for these ConfigAdmin properties. */
    private static PipelineConfig config(String[] disabled, String[] select, long timeout) {
        return Converters.standardConverter().convert(Map.of("disabled", disabled, "select", select, "stage.timeout", timeout))
                .to(PipelineConfig.class);
    }

    /** A stage that appends its tag to the body, so the order stages ran in shows in the article. */
    private static Stage tagging(String tag) {
        return (a, ctx) -> {
            List<String> body = new ArrayList<>(a.body());
            body.add(tag);
            return a.toBuilder().body(body).build();
        };
    }

    /** A stage that sleeps a minute unless interrupted, and counts {@code started} down as it begins. */
    private static Stage sleeping(CountDownLatch started) {
        return (a, ctx) -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return a;
        };
    }

    private void addStage(String slot, int order, int ranking, Stage s, String component) {
        pipeline.stages.add(new FakeReference<>(Map.of(Stage.NAME, slot, Stage.ORDER, order, Constants.SERVICE_RANKING, ranking,
                "component.name", component)), s);
    }

    @BeforeEach
    void setUp() {
        pipeline = new PipelineComponent(log);
        pipeline.activate(config(new String[0], new String[0], 2000));
    }

    @AfterEach
    void tearDown() {
        pipeline.deactivate();
    }

    private static Article article() {
        return Article.builder().headline("h").body(List.of("p")).build();
    }

    @Test
    void slotsRunByOrderAndTheHighestRankingServesEach() {
        addStage("times", 300, 0, tagging("times"), "t");
        addStage("entities", 200, 0, tagging("entities-a"), "a");
        addStage("entities", 200, 5, tagging("entities-b"), "b");
        addStage("strip", 100, 0, tagging("strip"), "s");
        Article out = pipeline.process(article(), ProcessContext.defaults());
        assertEquals(List.of("p", "strip", "entities-b", "times"), out.body());
        assertEquals(List.of("strip", "entities", "times"), out.provenance().stream().map(Provenance::stage).toList());
        assertEquals(List.of("strip", "entities", "times"), pipeline.stages().stream().map(i -> i.name()).toList());
        assertEquals("b", pipeline.stages().get(1).component());
    }

    @Test
    void deskSettingsDisableASlotOrSelectAnImplementation() {
        addStage("entities", 200, 0, tagging("entities-a"), "a");
        addStage("entities", 200, 5, tagging("entities-b"), "b");
        addStage("timeline", 400, 0, tagging("timeline"), "tl");
        pipeline.configure(config(new String[] {"timeline"}, new String[] {"entities=(component.name=a)"}, 2000));
        assertEquals(List.of("p", "entities-a"), pipeline.process(article(), ProcessContext.defaults()).body());
        assertThrows(IllegalArgumentException.class, () -> pipeline.configure(config(new String[0], new String[] {"entities=(broken"}, 0)));
    }

    @Test
    void anUnboundStageIsGoneForTheNextArticle() {
        FakeReference<Stage> ref = new FakeReference<>(Map.of(Stage.NAME, "x", Stage.ORDER, 1));
        pipeline.stages.add(ref, tagging("x"));
        assertEquals(List.of("p", "x"), pipeline.process(article(), ProcessContext.defaults()).body());
        pipeline.unbindStage(ref);
        assertEquals(List.of("p"), pipeline.process(article(), ProcessContext.defaults()).body());
    }

    @Test
    void aThrowingOrHangingStageIsSkippedAndRecorded() {
        addStage("strip", 100, 0, (a, ctx) -> { throw new IllegalStateException("rule pack broken"); }, "bad");
        addStage("entities", 200, 0, sleeping(new CountDownLatch(1)), "slow");
        addStage("times", 300, 0, tagging("times"), "t");
        pipeline.configure(config(new String[0], new String[0], 200));
        Article out = pipeline.process(article(), ProcessContext.defaults());
        assertEquals(List.of("p", "times"), out.body(), "the article went on past both");
        assertEquals(Provenance.FAILED, out.provenance().get(0).status());
        assertTrue(out.provenance().get(0).error().contains("IllegalStateException: rule pack broken"), out.provenance().get(0).error());
        assertEquals(Provenance.TIMEOUT, out.provenance().get(1).status());
        assertEquals(Provenance.OK, out.provenance().get(2).status());
    }

    /** Runs an article through the pipeline on a thread of its own, which waits for the stages as long as they take. */
    private Thread processInBackground() {
        pipeline.configure(config(new String[0], new String[0], 0));
        Thread caller = new Thread(() -> pipeline.process(article(), ProcessContext.defaults()));
        caller.start();
        return caller;
    }

    private static List<Thread> threads(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(prefix)).toList();
    }

    @Test
    void deactivationStopsTheStageThreads() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        addStage("entities", 200, 0, sleeping(started), "slow");
        Thread caller = processInBackground();
        assertTrue(started.await(10, TimeUnit.SECONDS));
        List<Thread> threads = threads("copydesk-stage-");
        assertFalse(threads.isEmpty());
        pipeline.deactivate();
        for (Thread t : threads) {
            t.join(1000); // the pool has terminated; the thread's own exit follows at once
            assertFalse(t.isAlive(), t.getName() + " outlived the pipeline");
        }
        caller.join(1000);
        assertFalse(caller.isAlive(), "the article waiting on the stage went on");
        verifyNoInteractions(log);
    }

    @Test
    void aStageThreadThatIgnoresInterruptionIsReported() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        addStage("entities", 200, 0, (a, ctx) -> {
            started.countDown();
            while (true) {
                try {
                    release.await();
                    return a;
                } catch (InterruptedException ignored) {
                    // ignores interruption on purpose
                }
            }
        }, "stubborn");
        processInBackground();
        assertTrue(started.await(10, TimeUnit.SECONDS));
        try {
            pipeline.deactivate();
            verify(log).warn(startsWith("stage threads still running after the pipeline stopped: 1 "));
        } finally {
            release.countDown();
        }
    }

    @Test
    void keptReasonsAreRestoredAfterEachStage() {
        addStage("strip", 100, 0, (a, ctx) -> a.remove(List.of(new Article.Cut(0, "related", "r", "test"))), "s");
        Article kept = pipeline.process(article(), new ProcessContext("d", null, Set.of("related"), Map.of()));
        assertEquals(List.of("p"), kept.body());
        Article dropped = pipeline.process(article(), ProcessContext.defaults());
        assertEquals(List.of(), dropped.body());
    }

    @Test
    void importersAreChosenByExtensionThenByWhatTheyAccept() throws ImportException {
        Importer json = new Importer() {
            @Override public boolean accepts(ImportSource s) { return s.utf8().contains("\"body\""); }
            @Override public List<Article> read(ImportSource s) { return List.of(Article.builder().headline("copydesk").build()); }
        };
        Importer ninjs = s -> List.of(Article.builder().headline("ninjs").build());
        pipeline.importers.add(new FakeReference<>(Map.of(Importer.FORMAT, "json", Importer.EXTENSIONS, new String[] {"json"},
                Constants.SERVICE_RANKING, 10)), json);
        pipeline.importers.add(new FakeReference<>(Map.of(Importer.FORMAT, "ninjs", Importer.EXTENSIONS, new String[] {"json", "ninjs"})), ninjs);
        assertEquals("copydesk", pipeline.read(src("a.json", "{\"body\": []}")).get(0).headline());
        assertEquals("ninjs", pipeline.read(src("a.json", "{\"uri\": \"x\"}")).get(0).headline());
        assertEquals("import", pipeline.read(src("a.ninjs", "{}")).get(0).provenance().get(0).stage());
        ImportException e = assertThrows(ImportException.class, () -> pipeline.read(src("a.pdf", "%PDF")));
        assertEquals("no importer for '.pdf' files (known: json, ninjs)", e.getMessage());
    }

    @Test
    void runAppliesThePublishedOverride() throws ImportException {
        pipeline.importers.add(new FakeReference<>(Map.of(Importer.FORMAT, "text", Importer.EXTENSIONS, "txt")),
                s -> List.of(Article.builder().headline("x").published(LocalDate.of(1999, 1, 1)).build()));
        ProcessContext ctx = new ProcessContext("d", LocalDate.of(2020, 1, 1), Set.of(), Map.of());
        assertEquals(LocalDate.of(2020, 1, 1), pipeline.run(src("a.txt", "x"), ctx).get(0).published());
    }

    @Test
    void aReRankedStageServesTheNextArticle() {
        addStage("entities", 200, 5, tagging("entities-a"), "a");
        FakeReference<Stage> b = new FakeReference<>(Map.of(Stage.NAME, "entities", Stage.ORDER, 200, Constants.SERVICE_RANKING, 0));
        pipeline.stages.add(b, tagging("entities-b"));
        assertEquals(List.of("p", "entities-a"), pipeline.process(article(), ProcessContext.defaults()).body());
        b.set(Constants.SERVICE_RANKING, 10);
        pipeline.updatedStage(b);
        assertEquals(List.of("p", "entities-b"), pipeline.process(article(), ProcessContext.defaults()).body());
    }

    @Test
    void theArticlesOfAFeedAreSharedAmongLanesAndKeepTheirOrder() throws ImportException {
        List<Article> items = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            items.add(Article.builder().headline("item " + i).body(List.of("p")).build());
        }
        pipeline.importers.add(new FakeReference<>(Map.of(Importer.FORMAT, "rss", Importer.EXTENSIONS, "rss")), s -> items);
        Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        addStage("strip", 100, 0, (a, ctx) -> {
            threads.add(Thread.currentThread().getName());
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return a;
        }, "s");
        addStage("times", 300, 0, tagging("times"), "t");
        List<Article> out = pipeline.run(src("a.rss", "<rss/>"), ProcessContext.defaults());
        assertEquals(items.stream().map(Article::headline).toList(), out.stream().map(Article::headline).toList());
        assertTrue(out.stream().allMatch(a -> a.body().equals(List.of("p", "times")) && a.provenance().size() == 3));
        if (Runtime.getRuntime().availableProcessors() > 1) {
            assertTrue(threads.size() > 1, "one stage thread ran every article: " + threads);
        }
    }

    @Test
    void aStageThatHangsOnOneArticleOfAFeedCostsOnlyThatStepOfIt() throws ImportException {
        List<Article> items = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            items.add(Article.builder().headline("item " + i).body(List.of("p")).build());
        }
        pipeline.importers.add(new FakeReference<>(Map.of(Importer.FORMAT, "rss", Importer.EXTENSIONS, "rss")), s -> items);
        Stage slowOnSeven = sleeping(new CountDownLatch(1));
        addStage("entities", 200, 0, (a, ctx) -> a.headline().equals("item 7") ? slowOnSeven.process(a, ctx) : a, "slow");
        addStage("times", 300, 0, tagging("times"), "t");
        pipeline.configure(config(new String[0], new String[0], 300));
        List<Article> out = pipeline.run(src("a.rss", "<rss/>"), ProcessContext.defaults());
        assertEquals(items.stream().map(Article::headline).toList(), out.stream().map(Article::headline).toList());
        for (Article a : out) {
            assertEquals(List.of("p", "times"), a.body(), a.headline());
            String expected = a.headline().equals("item 7") ? Provenance.TIMEOUT : Provenance.OK;
            assertEquals(expected, a.provenance().get(1).status(), a.headline()); // after the importer's
            assertEquals(Provenance.OK, a.provenance().get(2).status(), a.headline());
        }
    }

    @Test
    void exportersAreFoundByFormatName() {
        pipeline.exporters.add(new FakeReference<>(Map.of(Exporter.FORMAT, "markdown", Exporter.EXTENSION, "md")), (a, out) -> out.write('#'));
        assertEquals("md", pipeline.extension("markdown"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pipeline.extension("pdf"));
        assertEquals("no exporter for format 'pdf' (formats: markdown)", e.getMessage());
    }

    private static ImportSource src(String name, String content) {
        return new ImportSource(name, content.getBytes(StandardCharsets.UTF_8), null);
    }
}
