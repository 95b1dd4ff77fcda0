package org.copydesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.api.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every standard stage on a real article, through bin/copydesk of the assembled distribution. */
class PipelineIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path home = Distribution.home();

    @TempDir
    Path tmp;

    private JsonNode sample() throws Exception {
        Distribution.Run r = Distribution.cli(home, tmp, "process", "--published", "2024-03-14", home.resolve("samples/port-strike.txt").toString());
        assertEquals(0, r.status(), r.err());
        return JSON.readTree(r.out());
    }

    private static String value(JsonNode a, String text) {
        for (JsonNode t : a.get("times")) {
            if (t.get("text").asText().equals(text)) {
                return t.get("value").asText();
            }
        }
        return null;
    }

    @Test
    void theBundledSampleIsStrippedTaggedAndTimed() throws Exception {
        JsonNode a = sample();
        List<String> reasons = new ArrayList<>();
        a.get("removed").forEach(r -> reasons.add(r.get("reason").asText()));
        assertEquals(List.of("appeal", "appeal", "appeal", "newsletter", "newsletter", "comments", "comments"), reasons);
        assertEquals(8, a.get("body").size(), "the eight paragraphs of reporting stay");
        assertTrue(a.at("/body/0").asText().startsWith("Dockworkers at the Port of Rotterdam"));

        JsonNode jansen = null;
        for (JsonNode e : a.get("entities")) {
            if (e.get("name").asText().equals("Marta Jansen")) {
                jansen = e;
            }
        }
        assertTrue(jansen != null && jansen.get("type").asText().equals("PERSON"), a.get("entities").toString());
        assertTrue(jansen.get("mentions").toString().contains("\"Ms Jansen\""), "the honorific mention folds into the full name");

        assertEquals("2024-03-14", value(a, "Thursday"));
        assertEquals("2024-03-08", value(a, "Friday, March 8"));
        assertEquals("2024-03-11", value(a, "Monday"));
        assertEquals("2024-03-13TEV", value(a, "Wednesday evening"));

        List<String> dates = new ArrayList<>();
        a.get("timeline").forEach(t -> dates.add(t.get("date").asText()));
        assertTrue(dates.indexOf("2024-03-08") < dates.indexOf("2024-03-11") && dates.indexOf("2024-03-11") < dates.indexOf("2024-03-13TEV")
                && dates.indexOf("2024-03-13TEV") < dates.indexOf("2024-03-14") && dates.indexOf("2024-03-08") >= 0, dates.toString());

        List<String> stages = new ArrayList<>();
        a.get("provenance").forEach(p -> stages.add(p.get("stage").asText()));
        assertEquals(List.of("import", "strip", "entities", "times", "timeline"), stages);
    }

    @Test
    void keepPutsAReasonBackIntoTheBody() throws Exception {
        Distribution.Run r = Distribution.cli(home, tmp, "process", "--keep", "newsletter", home.resolve("samples/port-strike.txt").toString());
        assertEquals(0, r.status(), r.err());
        JsonNode a = JSON.readTree(r.out());
        assertEquals(10, a.get("body").size());
        assertTrue(a.get("body").toString().contains("Sign up to our free Morning Briefing newsletter"));
        assertTrue(!a.get("removed").toString().contains("\"newsletter\""), a.get("removed").toString());
    }

    @Test
    void theSharedSeedPassesEveryCheckOfItsScorer() throws Exception {
        Path root = home.getParent().getParent().getParent();
        Process p = new ProcessBuilder("python3", SharedData.require("eval/check-seed.py").toString(), "--project", root.toString(),
                "--copydesk", home.resolve("bin/copydesk").toString(), "--strict-reasons", "--timeout", "120")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("seed.log").toFile()).start();
        Assumptions.assumeTrue(p.waitFor(180, TimeUnit.SECONDS), "python3 did not finish");
        String log = Files.readString(tmp.resolve("seed.log"));
        assertEquals(0, p.exitValue(), log);
        assertTrue(log.strip().endsWith("seed checks passed 89 of 89"), log);
    }
}
