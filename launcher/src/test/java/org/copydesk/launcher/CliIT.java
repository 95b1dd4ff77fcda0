package org.copydesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Runs bin/copydesk of the assembled distribution as a user would. */
class CliIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path home = Distribution.home();

    @TempDir
    Path tmp;

    @Test
    void processesTheBundledSampleToStandardOutput() throws Exception {
        Distribution.Run r = Distribution.cli(home, tmp, "process", "--published", "2024-03-14", home.resolve("samples/port-strike.txt").toString());
        assertEquals(0, r.status(), r.err());
        JsonNode a = JSON.readTree(r.out());
        assertEquals("Dockworkers in Rotterdam end week-long strike after pay deal with port operators", a.get("headline").asText());
        assertEquals("2024-03-14", a.get("published").asText());
        assertEquals("port-strike.txt", a.at("/source/file").asText());
        assertEquals("org.copydesk.importer.text", a.at("/provenance/0/bundle").asText());
    }

    @Test
    void aBatchGoesOnPastBadInputsAndNamesEach() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "A headline\nA standfirst\nA paragraph.\n");
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0, 1});
        Files.writeString(in.resolve("notes.xyz"), "what is this");
        Files.writeString(in.resolve("broken.json"), "{\"body\": [");
        byte[] goodBefore = Files.readAllBytes(in.resolve("good.txt"));
        Path out = tmp.resolve("out");
        Distribution.Run r = Distribution.cli(home, tmp, "process", "--format", "json,markdown", "--out", out.toString(),
                in.toString(), tmp.resolve("missing.txt").toString());
        assertEquals(1, r.status(), "some inputs failed");
        List<String> errors = r.err().lines().filter(l -> l.startsWith("copydesk: /")).toList();
        assertEquals(5, errors.size(), r.err());
        assertTrue(r.err().contains("empty.txt: empty file"), r.err());
        assertTrue(r.err().contains("binary.txt: binary data"), r.err());
        assertTrue(r.err().contains("notes.xyz: no importer for '.xyz' files"), r.err());
        assertTrue(r.err().contains("broken.json: not valid JSON"), r.err());
        assertTrue(r.err().contains("missing.txt: no such file"), r.err());
        assertTrue(Files.isRegularFile(out.resolve("good.json")));
        assertTrue(Files.readString(out.resolve("good.md")).startsWith("# A headline"));
        assertFalse(Files.exists(out.resolve("empty.json")), "a failed input has no output");
        try (var files = Files.list(out)) {
            assertEquals(2, files.count(), "only the good input's two outputs");
        }
        assertTrue(java.util.Arrays.equals(goodBefore, Files.readAllBytes(in.resolve("good.txt"))), "inputs are never modified");
    }

    @Test
    void exportedJsonImportsAgainWithItsBodyAsGiven() throws Exception {
        Path out1 = tmp.resolve("one");
        assertEquals(0, Distribution.cli(home, tmp, "process", "--out", out1.toString(), home.resolve("samples/port-strike.txt").toString()).status());
        Path out2 = tmp.resolve("two");
        Distribution.Run r = Distribution.cli(home, tmp, "process", "--out", out2.toString(), out1.resolve("port-strike.json").toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(JSON.readTree(out1.resolve("port-strike.json").toFile()).get("body"),
                JSON.readTree(out2.resolve("port-strike.json").toFile()).get("body"));
    }

    @Test
    void usageErrorsAndHelp() throws Exception {
        Distribution.Run r = Distribution.cli(home, tmp, "process", "--format", "pdf", "x.txt");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("no exporter for format 'pdf'"), r.err());
        r = Distribution.cli(home, tmp, "process", "a.txt", "b.txt");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("need --out"), r.err());
        r = Distribution.cli(home, tmp, "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("process") && r.out().contains("desks"), r.out());
        r = Distribution.cli(home, tmp, "desks");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("default:") && r.out().contains("world:") && r.out().contains("politics:"), r.out());
    }

    @Test
    void desksDifferInWhatRuns() throws Exception {
        String sample = home.resolve("samples/port-strike.txt").toString();
        Distribution.Run politics = Distribution.cli(home, tmp, "--desk", "politics", "process", sample);
        assertEquals(0, politics.status(), politics.err());
        JsonNode p = JSON.readTree(politics.out());
        assertEquals(List.of("import", "entities", "times"), p.get("provenance").findValuesAsText("stage"),
                "politics: no strip feature, the timeline slot disabled");
        assertEquals("org.copydesk.entities.gazetteer", p.at("/provenance/1/bundle").asText(), "politics runs the fast tagger");
        Distribution.Run standard = Distribution.cli(home, tmp, "process", "--desk", "default", sample);
        JsonNode d = JSON.readTree(standard.out());
        assertEquals("org.copydesk.entities.tagger", d.at("/provenance/2/bundle").asText());
        Distribution.Run md = Distribution.cli(home, tmp, "process", "--desk", "politics", "--format", "markdown", sample);
        assertEquals(2, md.status(), "politics ships no Markdown exporter");

        Path story = tmp.resolve("related.txt");
        Files.writeString(story, "Headline\nStandfirst\nThe talks ended on Monday with no deal.\nRead more: Dockers walk out over pay\n");
        JsonNode world = JSON.readTree(Distribution.cli(home, tmp, "--desk", "world", "process", story.toString()).out());
        JsonNode plain = JSON.readTree(Distribution.cli(home, tmp, "process", story.toString()).out());
        assertEquals(2, world.get("body").size(), "the world desk's strip settings keep related links");
        assertEquals(1, plain.get("body").size());
        assertEquals("related", plain.at("/removed/0/reason").asText());
    }

    @Test
    void aWrongDeskIsOneClearMessage() throws IOException, InterruptedException {
        Distribution.Run r = Distribution.cli(home, tmp, "process", "--desk", "sport", "x.txt");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("copydesk: no desk 'sport'") && r.err().contains("desks: default, politics, world"), r.err());
    }
}
