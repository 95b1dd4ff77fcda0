package org.copydesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every way of running {@code copydesk process}, on a folder of inputs in every format the CLI reads:
 * afterwards every input is byte for byte what it was, and an output that would have landed on one was
 * refused or written beside it.
 */
class InputsUntouchedIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path home = Distribution.home();

    @TempDir
    Path tmp;

    private static Map<Path, String> hashes(Path folder) throws Exception {
        Map<Path, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(p, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return out;
    }

    private Distribution.Run ok(String... args) throws Exception {
        Distribution.Run r = Distribution.cli(home, tmp, args);
        assertEquals(0, r.status(), String.join(" ", args) + ": " + r.err());
        return r;
    }

    /** A folder with a text, an HTML page, a Copydesk JSON, ninjs, NITF and NewsML-G2 files and an RSS feed. */
    private Path inputs() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.createDirectories(in.resolve("sub"));
        Path sample = home.resolve("samples/port-strike.txt");
        Files.copy(sample, in.resolve("story.txt"));
        Path made = tmp.resolve("made");
        ok("process", "--published", "2024-03-14", "--format", "json,ninjs,nitf,newsml", "--out", made.toString(), sample.toString());
        Files.copy(made.resolve("port-strike.json"), in.resolve("story.json"));
        Files.copy(made.resolve("port-strike.ninjs.json"), in.resolve("story.ninjs"));
        Files.copy(made.resolve("port-strike.nitf.xml"), in.resolve("sub/story.nitf"));
        Files.copy(made.resolve("port-strike.newsml.xml"), in.resolve("sub/story.newsml"));
        Files.writeString(in.resolve("page.html"), "<html><head><title>Ferries resume</title></head><body><article><h1>Ferries resume"
                + "</h1><p>Ferry services resumed on Tuesday after the storm passed, the operator said.</p><p>Crossings to the islands"
                + " ran to timetable by the afternoon.</p></article></body></html>");
        Files.copy(Path.of("src/test/resources/feeds/wire.rss"), in.resolve("wire.rss"));
        return in;
    }

    @Test
    void everyWayOfRunningLeavesEveryInputByteForByte() throws Exception {
        Path in = inputs();
        Map<Path, String> before = hashes(in);
        assertEquals(7, before.size());

        // one file to standard output, in each format that takes one
        JsonNode one = JSON.readTree(ok("process", in.resolve("story.json").toString()).out());
        assertEquals("Dockworkers in Rotterdam end week-long strike after pay deal with port operators", one.get("headline").asText());
        assertTrue(ok("process", "--format", "markdown", in.resolve("page.html").toString()).out().startsWith("# Ferries resume"));
        // a feed to standard output: JSON Lines, one compact article a line
        List<String> lines = ok("--desk", "world", "process", in.resolve("wire.rss").toString()).out().lines().toList();
        assertEquals(2, lines.size(), lines.toString());
        assertEquals("Ferry services resume after storm", JSON.readTree(lines.get(0)).get("headline").asText());
        assertEquals("Container rates fall for third week", JSON.readTree(lines.get(1)).get("headline").asText());
        // folders, several formats, a feed, into a folder beside the inputs
        Path out = tmp.resolve("out");
        Distribution.Run all = ok("--desk", "world", "process", "--format", "json,markdown,ninjs,nitf,newsml,html", "--out", out.toString(), in.toString());
        assertTrue(all.err().contains("7 inputs, 8 articles, 0 failed"), all.err());
        assertTrue(Files.isRegularFile(out.resolve("wire-002.ninjs.json")) && Files.isRegularFile(out.resolve("story-2.nitf.xml")),
                "the same base name from several inputs gets -2");
        // the output folder as, or inside, the input folder: refused before anything is written
        for (Path bad : List.of(in, in.resolve("sub"), in.resolve("new-folder"))) {
            Distribution.Run r = Distribution.cli(home, tmp, "process", "--out", bad.toString(), in.toString());
            assertEquals(2, r.status(), r.err());
            assertTrue(r.err().startsWith("copydesk process: --out " + bad) && r.err().contains("outputs would land among the inputs"), r.err());
        }
        // one input named on its own, written into its own folder: the output goes beside it, under a new name
        ok("process", "--out", in.toString(), in.resolve("story.json").toString());
        assertTrue(Files.isRegularFile(in.resolve("story-2.json")), "story.json read from in/ is written as in/story-2.json");
        // several formats and no output folder: refused
        Distribution.Run two = Distribution.cli(home, tmp, "process", "--format", "json,markdown", in.resolve("story.txt").toString());
        assertEquals(2, two.status());
        assertTrue(two.err().contains("gives several outputs for each article: add --out DIR"), two.err());

        Map<Path, String> after = hashes(in);
        after.remove(in.resolve("story-2.json"));
        assertEquals(before, after, "every input is byte for byte what it was, and nothing else appeared among them");
    }
}
