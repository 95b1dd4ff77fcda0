package org.copydesk.beam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.copydesk.boot.InputProcessor;
import org.copydesk.launcher.CopydeskRuntime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The CLI's outputs for the same inputs, and the checks that the job's outputs are the same. */
final class SameAsCli {
    static final ObjectMapper JSON = new ObjectMapper();

    private SameAsCli() {
    }

    /** The assembled distribution the launcher built before this module (the build passes its path). */
    static Path home() {
        Path h = Path.of(System.getProperty("copydesk.home", "../../launcher/target/copydesk")).toAbsolutePath().normalize();
        if (!Files.isDirectory(h.resolve("bundles"))) {
            throw new IllegalStateException("no distribution at " + h + ": build the launcher first (mvn -pl bundles/beam -am verify)");
        }
        return h;
    }

    /** Every export format the default desk has, comma-separated, as the runtime says. */
    static String allFormats() throws Exception {
        try (CopydeskRuntime rt = CopydeskRuntime.forCommand(home(), "default", "process")) {
            var ref = rt.context().getServiceReference(InputProcessor.class);
            return String.join(",", rt.context().getService(ref).formats().keySet());
        }
    }

    /** What {@code copydesk process ARGS} printed on standard error, run in a runtime of this JVM. */
    static String process(String... args) throws Exception {
        try (CopydeskRuntime rt = CopydeskRuntime.forCommand(home(), "default", "process")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            String[] line = Stream.concat(Stream.of("process"), Stream.of(args)).toArray(String[]::new);
            rt.command("process").run(line, InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return err.toString(StandardCharsets.UTF_8);
        }
    }

    /** The files a folder's inputs are (no subfolders, no hidden files), in name order, as command-line arguments. */
    static List<String> inputs(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .map(Path::toString).sorted().toList();
        }
    }

    /** The output files below a folder by relative path, without the dead letters and Beam's temporary files. */
    static Map<String, Path> outputs(Path dir) throws IOException {
        Map<String, Path> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).forEach(p -> {
                String rel = dir.relativize(p).toString();
                if (!rel.startsWith("dead-letter") && !rel.contains("/.") && !rel.startsWith(".")) {
                    out.put(rel, p);
                }
            });
        }
        return out;
    }

    /** Beam wrote exactly the files the CLI wrote, each the same: byte for byte, article JSON but for its stage timings. */
    static void assertSameFiles(Path cli, Path beam) throws IOException {
        Map<String, Path> expected = outputs(cli);
        Map<String, Path> actual = outputs(beam);
        assertEquals(expected.keySet(), actual.keySet(), "the same output files");
        for (Map.Entry<String, Path> e : expected.entrySet()) {
            assertSameContent(e.getKey(), Files.readAllBytes(e.getValue()), Files.readAllBytes(actual.get(e.getKey())));
        }
        assertTrue(expected.size() > 0, "some outputs to compare");
    }

    static void assertSameContent(String name, byte[] cli, byte[] beam) throws IOException {
        if (name.endsWith(".json")) {
            JsonNode a = JSON.readTree(cli);
            if (a.has("provenance")) {
                assertEquals(withoutTimings(a), withoutTimings(JSON.readTree(beam)), name);
                return;
            }
        }
        assertArrayEquals(cli, beam, name);
    }

    /** Article JSON without the time each stage took, the one part that differs between two runs. */
    static JsonNode withoutTimings(JsonNode article) {
        JsonNode copy = article.deepCopy();
        copy.path("provenance").forEach(p -> ((ObjectNode) p).remove("millis"));
        return copy;
    }

    /** The CLI's "copydesk: FILE: REASON" lines. */
    static Set<String> cliFailures(String err) {
        Set<String> out = new TreeSet<>();
        err.lines().filter(l -> l.startsWith("copydesk: /")).forEach(l -> out.add(l.substring("copydesk: ".length())));
        return out;
    }

    /** The dead letters of inputs that gave no output (read, import, export), as "FILE: REASON". */
    static Set<String> deadLetters(Path out) throws IOException {
        Set<String> lines = new TreeSet<>();
        for (JsonNode d : deadLetterLines(out)) {
            if (Set.of("read", "import", "export").contains(d.get("stage").asText())) {
                lines.add(d.get("file").asText() + ": " + d.get("reason").asText());
            }
        }
        return lines;
    }

    static List<JsonNode> deadLetterLines(Path out) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        try (Stream<Path> s = Files.list(out)) {
            for (Path f : s.filter(p -> p.getFileName().toString().startsWith("dead-letter")).toList()) {
                for (String l : Files.readAllLines(f)) {
                    lines.add(JSON.readTree(l));
                }
            }
        }
        return lines;
    }
}
