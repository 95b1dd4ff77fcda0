package org.copydesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * "Train this desk's model" in a running workbench: the training view's endpoints train on the
 * workspace's articles, report the held-out scores, and on acceptance put the model on the desk's
 * trust list and into deploy/.
 */
class EntityTrainingIT {
    @TempDir
    Path tmp;

    @Test
    void trainsTheDesksModelFromTheWorkspaceShowsScoresAndDeploysOnAcceptance() throws Exception {
        Path home = Distribution.copy(Distribution.home(), tmp.resolve("copydesk"));
        try (WorkbenchClient wb = new WorkbenchClient(home, tmp)) {
            assertEquals("idle", wb.call("GET", "api/views/training/status", null).path("state").asText());

            byte[] sample = Files.readAllBytes(home.resolve("samples/port-strike.txt"));
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                names.add("strike-" + i + ".txt");
            }
            wb.importFiles(names, Collections.nCopies(6, sample));

            JsonNode started = wb.call("POST", "api/views/training/train", null);
            assertEquals("training", started.path("state").asText(), started.toString());
            JsonNode done = wb.until("api/views/training/status", s -> !s.path("state").asText().equals("training"));
            assertEquals("done", done.path("state").asText(), done.toString());
            assertEquals(5, done.path("train").asInt());
            assertEquals(1, done.path("dev").asInt());
            assertTrue(done.at("/metadata/dev/PER+ORG+LOC").asDouble() > 0, done.toString());
            assertEquals(5, done.at("/metadata/training").size(), "one file per training article");

            JsonNode deployed = wb.call("POST", "api/views/training/deploy", null);
            assertEquals("deployed", deployed.path("state").asText(), deployed.toString());
            Path jar = home.resolve("deploy/entities-model-default.jar");
            assertTrue(Files.isRegularFile(jar));
            String trust = Files.readString(home.resolve("config/desks/default/org.copydesk.trust.config"));
            assertTrue(trust.contains("org.copydesk.model.entities.default;sha256:"), trust);
            String said = wb.stop();
            assertTrue(!said.contains("refused bundle org.copydesk.model.entities"), "the desk trusts its model: " + said);
        }
    }
}
