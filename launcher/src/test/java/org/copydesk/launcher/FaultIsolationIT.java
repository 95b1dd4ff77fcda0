package org.copydesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Stage bundles that throw, hang or vanish mid-batch cost their own step only. */
class FaultIsolationIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path faulty(String fault) throws Exception {
        return Distribution.bundle(tmp.resolve("fault-" + fault + ".jar"), Map.of(
                "Bundle-SymbolicName", "org.copydesk.it.fault." + fault,
                "Bundle-Version", "1.0.0",
                "X-Fault", fault,
                "Import-Package", Distribution.STAGE_IMPORTS,
                "Bundle-Activator", "org.copydesk.launcher.it.faulty.Activator"), "org.copydesk.launcher.it.faulty");
    }

    private Path inputs(int n) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < n; i++) {
            Files.writeString(in.resolve(String.format("story-%02d.txt", i)), "Headline " + i + "\nStandfirst\nA paragraph about Rotterdam.\n");
        }
        return in;
    }

    private static List<JsonNode> outputs(Path out) throws Exception {
        List<JsonNode> list = new ArrayList<>();
        try (var files = Files.list(out)) {
            for (Path p : files.sorted().toList()) {
                list.add(JSON.readTree(p.toFile()));
            }
        }
        return list;
    }

    private static boolean firstWritten(Path out) throws Exception {
        if (!Files.isDirectory(out)) {
            return false;
        }
        try (var files = Files.list(out)) {
            return files.anyMatch(p -> p.toString().endsWith(".json"));
        }
    }

    private static JsonNode provenance(JsonNode article, String stage) {
        for (JsonNode p : article.get("provenance")) {
            if (p.get("stage").asText().equals(stage)) {
                return p;
            }
        }
        return null;
    }

    @Test
    void aThrowingAndAHangingStageAreSkippedPerArticleAndTheBatchCompletes() throws Exception {
        Path home = Distribution.copy(Distribution.home(), tmp.resolve("home"));
        Files.writeString(home.resolve("config/desks/default/org.copydesk.pipeline.config"), "stage.timeout=L\"300\"\n");
        Path in = inputs(3);
        Path out = tmp.resolve("out");
        Path thrower = faulty("throw");
        Path hanger = faulty("hang");
        Distribution.trust(home, "default", Map.of("org.copydesk.it.fault.throw", thrower, "org.copydesk.it.fault.hang", hanger));
        try (CopydeskRuntime rt = CopydeskRuntime.start(home, "default", Map.of())) {
            rt.context().installBundle(thrower.toUri().toString()).start();
            rt.context().installBundle(hanger.toUri().toString()).start();
            Distribution.Run r = Distribution.command(rt, "process", "--out", out.toString(), in.toString());
            assertEquals(0, r.status(), "stage failures do not fail the articles: " + r.err());
            List<JsonNode> articles = outputs(out);
            assertEquals(3, articles.size());
            for (JsonNode a : articles) {
                JsonNode thrown = provenance(a, "fault-throw");
                assertEquals("failed", thrown.get("status").asText());
                assertTrue(thrown.get("error").asText().startsWith("org.copydesk.it.fault.throw: IllegalStateException"), thrown.toString());
                JsonNode hung = provenance(a, "fault-hang");
                assertEquals("timeout", hung.get("status").asText());
                assertTrue(hung.get("error").asText().contains("org.copydesk.it.fault.hang"), hung.toString());
                assertEquals("A paragraph about Rotterdam.", a.at("/body/0").asText());
            }
            // the runtime is still whole: the next batch runs too
            assertEquals(0, Distribution.command(rt, "process", in.resolve("story-00.txt").toString()).status());
        }
    }

    @Test
    void aStageBundleUninstalledMidBatchIsSimplyNoLongerUsed() throws Exception {
        Path in = inputs(8);
        Path out = tmp.resolve("out");
        Path home = Distribution.copy(Distribution.home(), tmp.resolve("home"));
        Path jar = faulty("slow");
        Distribution.trust(home, "default", Map.of("org.copydesk.it.fault.slow", jar));
        try (CopydeskRuntime rt = CopydeskRuntime.start(home, "default", Map.of())) {
            Bundle slow = rt.context().installBundle(jar.toUri().toString());
            slow.start();
            CompletableFuture<Distribution.Run> batch = CompletableFuture.supplyAsync(() ->
                    Distribution.command(rt, "process", "--threads", "1", "--out", out.toString(), in.toString()));
            // the first article written went through the slow stage; then it goes (a fixed wait raced a busy machine)
            long until = System.nanoTime() + 120_000_000_000L;
            while (!firstWritten(out) && !batch.isDone() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            slow.uninstall();
            Distribution.Run r = batch.get();
            assertEquals(0, r.status(), r.err());
            List<JsonNode> articles = outputs(out);
            assertEquals(8, articles.size(), "every article of the batch was written");
            long served = articles.stream().filter(a -> provenance(a, "fault-slow") != null).count();
            assertTrue(served >= 1 && served < 8, "served before it went, not after: " + served);
        }
    }
}
