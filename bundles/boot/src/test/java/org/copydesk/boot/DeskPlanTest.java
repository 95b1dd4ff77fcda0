package org.copydesk.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeskPlanTest {
    @TempDir
    Path home;

    @BeforeEach
    void layout() throws IOException {
        Files.createDirectories(home.resolve("bundles"));
        Files.createDirectories(home.resolve("features"));
        bundle("a.jar", "org.example.a");
        bundle("b.jar", "org.example.b;singleton:=true");
        Files.writeString(home.resolve("features/f.xml"), """
                <features>
                  <feature name="base"><bundle start-level="1">org.example.a</bundle></feature>
                  <feature name="top" description="the top">
                    <feature>base</feature>
                    <bundle>org.example.b</bundle>
                    <config pid="org.example.b">size=I"12"</config>
                  </feature>
                  <feature name="broken"><bundle>org.example.missing</bundle></feature>
                  <feature name="loop1"><feature>loop2</feature></feature>
                  <feature name="loop2"><feature>loop1</feature></feature>
                </features>""");
        desk("news", "top");
    }

    private void bundle(String file, String bsn) throws IOException {
        bundle(file, bsn, null);
    }

    private void bundle(String file, String bsn, String version) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().putValue("Bundle-SymbolicName", bsn);
        if (version != null) {
            m.getMainAttributes().putValue("Bundle-Version", version);
        }
        try (OutputStream out = Files.newOutputStream(home.resolve("bundles").resolve(file));
             JarOutputStream jar = new JarOutputStream(out, m)) {
            jar.flush();
        }
    }

    private void desk(String name, String features) throws IOException {
        Path d = Files.createDirectories(home.resolve("config/desks").resolve(name));
        Files.writeString(d.resolve("desk.properties"), "description=" + name + " desk\nfeatures=" + features + "\n");
    }

    @Test
    void resolvesIncludesBundlesLevelsAndConfigs() throws BootException {
        DeskPlan plan = DeskPlan.of(home, "news");
        assertEquals(List.of("base", "top"), plan.features().stream().map(Feature::name).toList());
        assertEquals(List.of("org.example.a", "org.example.b"), plan.bundles().stream().map(DeskPlan.PlannedBundle::symbolicName).toList());
        assertEquals(List.of(1, 3), plan.bundles().stream().map(DeskPlan.PlannedBundle::startLevel).toList());
        assertEquals("size=I\"12\"", plan.configs().get(0).body());
        assertEquals(List.of("news"), new DeskCatalog(home).names());
    }

    @Test
    void unknownDeskNamesTheFileAndTheDesks() {
        BootException e = assertThrows(BootException.class, () -> DeskPlan.of(home, "sport"));
        assertTrue(e.getMessage().contains("no desk 'sport'") && e.getMessage().contains("desks: news"), e.getMessage());
    }

    @Test
    void missingFeatureNamesTheDeskFile() throws IOException {
        desk("odd", "top,nonesuch");
        BootException e = assertThrows(BootException.class, () -> DeskPlan.of(home, "odd"));
        assertTrue(e.getMessage().contains("desk.properties") && e.getMessage().contains("'nonesuch'"), e.getMessage());
    }

    @Test
    void missingBundleNamesTheFeatureFileAndTheBundle() throws IOException {
        desk("bad", "broken");
        BootException e = assertThrows(BootException.class, () -> DeskPlan.of(home, "bad"));
        assertTrue(e.getMessage().contains("f.xml") && e.getMessage().contains("'org.example.missing'"), e.getMessage());
    }

    @Test
    void includeCyclesAreReported() throws IOException {
        desk("loop", "loop1");
        BootException e = assertThrows(BootException.class, () -> DeskPlan.of(home, "loop"));
        assertTrue(e.getMessage().contains("includes itself"), e.getMessage());
    }

    @Test
    void doctypesAreRefused() throws IOException {
        Files.writeString(home.resolve("features/evil.xml"),
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><features><feature name=\"x\">&e;</feature></features>");
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        BootException e;
        try {
            e = assertThrows(BootException.class, () -> DeskPlan.of(home, "news"));
        } finally {
            System.setErr(err);
        }
        assertTrue(e.getMessage().contains("evil.xml"), e.getMessage());
        assertEquals("", printed.toString(StandardCharsets.UTF_8), "the parser printed beside the message");
    }

    @Test
    void ofTwoJarsOfOneBundleTheHighestVersionServes() throws Exception {
        bundle("c-1.9.jar", "org.example.c", "1.9.0");
        bundle("c-1.10.jar", "org.example.c", "1.10.0.SNAPSHOT");
        bundle("c-1.2.jar", "org.example.c", "1.2.0");
        assertEquals(home.resolve("bundles/c-1.10.jar"), BundleIndex.scan(home.resolve("bundles")).find("org.example.c").orElseThrow());
    }
}
