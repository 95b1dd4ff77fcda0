package org.copydesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.copydesk.boot.BootException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Boots the assembled distribution's Felix in this JVM and changes it while it runs. */
class RuntimeIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path home = Distribution.home();

    @TempDir
    Path tmp;

    private JsonNode process(CopydeskRuntime rt, Path input) throws Exception {
        Distribution.Run r = Distribution.command(rt, "process", "--published", "2024-03-14", input.toString());
        assertEquals(0, r.status(), r.err());
        return JSON.readTree(r.out());
    }

    private static boolean ranStage(JsonNode article, String stage, String bundle) {
        for (JsonNode p : article.get("provenance")) {
            if (p.get("stage").asText().equals(stage) && p.get("bundle").asText().equals(bundle)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aTaggerInstalledWhileRunningServesTheNextArticleAndStoppingItTakesItAway() throws Exception {
        Path copy = Distribution.copy(home, tmp.resolve("home"));
        Path sample = copy.resolve("samples/port-strike.txt");
        Path jar = Distribution.bundle(tmp.resolve("tagger.jar"), Map.of(
                "Bundle-SymbolicName", "org.copydesk.it.tagger",
                "Bundle-Version", "2.0.0",
                "Import-Package", Distribution.STAGE_IMPORTS,
                "Bundle-Activator", "org.copydesk.launcher.it.tagger.Activator"), "org.copydesk.launcher.it.tagger");
        Distribution.trust(copy, "default", Map.of("org.copydesk.it.tagger", jar));
        try (CopydeskRuntime rt = CopydeskRuntime.start(copy, "default", Map.of())) {
            JsonNode before = process(rt, sample);
            assertFalse(ranStage(before, "entities", "org.copydesk.it.tagger"));

            Bundle b = rt.context().installBundle(jar.toUri().toString());
            b.start();
            JsonNode during = process(rt, sample);
            assertTrue(ranStage(during, "entities", "org.copydesk.it.tagger"), during.get("provenance").toString());
            assertEquals("DOCKWORKERS", during.at("/entities/0/name").asText());
            assertEquals("2.0.0", during.findValues("version").stream().map(JsonNode::asText).filter("2.0.0"::equals).findFirst().orElse(""));

            b.stop();
            JsonNode after = process(rt, sample);
            assertFalse(ranStage(after, "entities", "org.copydesk.it.tagger"));
            assertFalse(after.get("entities").toString().contains("DOCKWORKERS"));
        }
    }

    @Test
    void aDeskWhoseBundleCannotResolveFailsWithTheFileAndTheMissingRequirement() throws Exception {
        Path copy = Distribution.copy(home, tmp.resolve("home"));
        Distribution.bundle(copy.resolve("bundles/needs-nothing-there.jar"), Map.of(
                "Bundle-SymbolicName", "org.example.lonely",
                "Bundle-Version", "1.0.0",
                "Import-Package", "org.example.nowhere;version=\"[3,4)\""), null);
        Files.writeString(copy.resolve("features/extra.xml"), """
                <features>
                  <feature name="lonely"><feature>core</feature><bundle>org.example.lonely</bundle></feature>
                </features>""");
        Path desk = Files.createDirectories(copy.resolve("config/desks/broken"));
        Files.writeString(desk.resolve("desk.properties"), "features=lonely\n");
        BootException e = assertThrows(BootException.class, () -> CopydeskRuntime.start(copy, "broken", Map.of()).close());
        String m = e.getMessage();
        assertTrue(m.contains("desk 'broken'") && m.contains(desk.resolve("desk.properties").toString()), m);
        assertTrue(m.contains("bundle org.example.lonely") && m.contains("feature 'lonely'") && m.contains("extra.xml"), m);
        assertTrue(m.contains("missing requirement") && m.contains("org.example.nowhere"), m);
        assertEquals(1, m.lines().count(), "one line: " + m);
    }

    @Test
    void aFeatureNamingAnAbsentBundleIsReportedBeforeAnythingStarts() throws Exception {
        Path copy = Distribution.copy(home, tmp.resolve("home"));
        Files.writeString(copy.resolve("features/extra.xml"),
                "<features><feature name=\"ghost\"><bundle>org.example.ghost</bundle></feature></features>");
        Path desk = Files.createDirectories(copy.resolve("config/desks/ghostly"));
        Files.writeString(desk.resolve("desk.properties"), "features=core,ghost\n");
        Distribution.Run r = Distribution.cli(copy, tmp, "--desk", "ghostly", "process", "x.txt");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("extra.xml: feature 'ghost' needs bundle 'org.example.ghost', which is not in"), r.err());
    }

    @Test
    void deskSettingsReachTheComponentsBeforeTheFirstArticle() throws Exception {
        try (CopydeskRuntime rt = CopydeskRuntime.start(home, "politics", Map.of())) {
            var cm = rt.context().getAllServiceReferences("org.osgi.service.cm.ConfigurationAdmin", null);
            assertTrue(cm != null && cm.length == 1, "ConfigAdmin runs");
            var refs = rt.context().getAllServiceReferences("org.copydesk.api.stage.Pipeline", null);
            assertEquals(1, refs.length);
            Object disabled = refs[0].getProperty("disabled");
            assertTrue(disabled instanceof String[] d && d.length == 1 && d[0].equals("timeline"),
                    "the pipeline was activated with the politics desk's settings");
        }
    }
}
