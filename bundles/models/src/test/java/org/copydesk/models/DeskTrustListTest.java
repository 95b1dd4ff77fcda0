package org.copydesk.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Version;

class DeskTrustListTest {
    @Test
    void theTrustListKeepsItsOtherLinesAndEntries(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("org.copydesk.trust.config"),
                "# the world desk\nallowed=[\"org.example.a;sha256:11\"]\nsigners=[\"config/desks/world/editor.pem\"]\n");
        assertTrue(DeskTrustList.allow(f, "org.example.b;sha256:22"));
        assertFalse(DeskTrustList.allow(f, "org.example.b;sha256:22"), "an entry is added once");
        assertEquals(List.of("# the world desk", "allowed=[\"org.example.a;sha256:11\",\"org.example.b;sha256:22\"]",
                "signers=[\"config/desks/world/editor.pem\"]"), Files.readAllLines(f));
    }

    @Test
    void aModelIsDeployedOnlyOnceTheDeskTrustsIt(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("m.jar");
        ModelJars.write(jar, "strip", "org.copydesk.model.strip.world", new Version(1, 0, 0, "20261207"), "m.gz",
                new byte[] {1}, "{}");
        Path trust = DeskTrustList.file(dir.resolve("home"), "world");
        Path deploy = dir.resolve("deploy");
        List<String> asked = new ArrayList<>();
        assertThrows(IOException.class, () -> ModelDeployment.deploy(jar, trust, deploy, "strip-model-world.jar",
                entry -> asked.add(entry) && false));
        assertFalse(Files.exists(deploy.resolve("strip-model-world.jar")), "not deployed before the desk trusts it");
        String entry = "org.copydesk.model.strip.world;sha256:" + ModelDeployment.sha256(jar);
        assertEquals(List.of(entry), asked);
        assertEquals(List.of("allowed=[\"" + entry + "\"]"), Files.readAllLines(trust));
        Path target = ModelDeployment.deploy(jar, trust, deploy, "strip-model-world.jar", e -> true);
        assertEquals(deploy.resolve("strip-model-world.jar"), target);
        assertEquals(ModelDeployment.sha256(jar), ModelDeployment.sha256(target));
        try (var left = Files.list(deploy)) {
            assertEquals(1, left.count(), "no temporary file left in deploy/");
        }
    }
}
