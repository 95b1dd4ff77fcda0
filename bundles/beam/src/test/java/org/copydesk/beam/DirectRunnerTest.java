package org.copydesk.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The job on Beam's Direct runner, in this JVM, against the launcher's assembled distribution: every
 * output equals what {@code copydesk process} writes for the same inputs and desk.
 */
class DirectRunnerTest {
    @TempDir
    static Path tmp;
    static Path in;
    static Path cli;
    static String formats;
    static String cliErr;

    /** Inputs in a folder and a subfolder, two of one base name, a hidden file; the CLI's outputs folder by folder. */
    @BeforeAll
    static void inputsAndTheClisOutputs() throws Exception {
        in = tmp.resolve("in");
        VariedInputs.write(in, 30, 1);
        VariedInputs.write(in.resolve("sub"), 10, 2);
        Files.writeString(in.resolve("sub/story-0000.html"), "<html><body><article><h1>A second story-0000</h1><p>"
                + "Ana Costa arrived in Genoa on Monday.</p></article></body></html>");
        Files.writeString(in.resolve(".hidden.txt"), "Not an input\nIt is hidden\n");
        formats = SameAsCli.allFormats();
        cli = tmp.resolve("cli");
        List<String> top = new ArrayList<>(List.of("--format", formats, "--published", "2024-03-14", "--threads", "1", "--out", cli.toString()));
        top.addAll(SameAsCli.inputs(in));
        List<String> sub = new ArrayList<>(List.of("--format", formats, "--published", "2024-03-14", "--threads", "1", "--out", cli.resolve("sub").toString()));
        sub.addAll(SameAsCli.inputs(in.resolve("sub")));
        cliErr = SameAsCli.process(top.toArray(String[]::new)) + SameAsCli.process(sub.toArray(String[]::new));
    }

    private static Result beam(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(Stream.concat(Stream.of("beam"), Stream.of(args)).toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    record Result(int status, String out, String err) {
    }

    @Test
    void everyArticleAndEveryFailureIsTheClis() throws Exception {
        Path out = tmp.resolve("files");
        Result r = beam("--input=" + in, "--output=" + out, "--formats=all", "--published=2024-03-14", "--progressSeconds=0");
        assertEquals(1, r.status(), "some inputs fail: " + r.err());
        SameAsCli.assertSameFiles(cli, out);
        assertTrue(Files.isRegularFile(out.resolve("sub/story-0000-2.md")), "a second input of one base name gets -2");
        assertFalse(Files.exists(out.resolve("hidden.json")) || Files.exists(out.resolve(".hidden.json")), "hidden files are no input");
        assertEquals(SameAsCli.cliFailures(cliErr), SameAsCli.deadLetters(out), "each failed input, with the CLI's reason");
        assertEquals(10, SameAsCli.deadLetters(out).size(), "five failing inputs in each folder");
    }

    @Test
    void theMetricsCountInputsArticlesFailuresAndTimeEachStage() throws Exception {
        Path out = tmp.resolve("metrics");
        Result r = beam("--input=" + in.resolve("sub") + "/*", "--output=" + out, "--formats=json", "--progressSeconds=0");
        long articles;
        try (Stream<Path> s = Files.list(out)) {
            articles = s.filter(p -> p.toString().endsWith(".json")).count();
        }
        // 11 inputs but the hidden one; NewsML messages may hold two articles
        assertTrue(r.err().contains("copydesk beam: 16 inputs, " + articles + " articles"), r.err());
        assertTrue(r.err().contains("failures: import 5"), "empty, broken JSON, .xyz, binary, the feed: " + r.err());
        for (String stage : List.of("import", "strip", "entities", "times", "timeline", "export")) {
            assertTrue(r.err().matches("(?s).*mean ms per article: .*\\b" + stage + " \\d+\\.\\d\\d.*"), stage + ": " + r.err());
        }
    }

    @Test
    void jsonLinesShardsHoldTheSameContentAsTheFiles() throws Exception {
        Path out = tmp.resolve("jsonl");
        Result r = beam("--input=" + in, "--output=" + out, "--formats=json,markdown", "--published=2024-03-14",
                "--layout=jsonl", "--shards=2", "--progressSeconds=0");
        assertEquals(1, r.status(), r.err());
        Map<String, Path> expected = SameAsCli.outputs(cli);
        Map<String, Integer> perFormat = new HashMap<>();
        for (String format : List.of("json", "markdown")) {
            List<Path> shards;
            try (Stream<Path> s = Files.list(out.resolve(format))) {
                shards = s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).toList();
            }
            // at most the two shards asked for: a shard the runner gave no article may not be written
            assertTrue(!shards.isEmpty() && shards.size() <= 2, format + " shards: " + shards);
            for (Path shard : shards) {
                for (String line : Files.readAllLines(shard)) {
                    JsonNode l = SameAsCli.JSON.readTree(line);
                    assertEquals(format, l.get("format").asText());
                    String name = l.get("name").asText();
                    assertTrue(expected.containsKey(name), name);
                    SameAsCli.assertSameContent(name, Files.readAllBytes(expected.get(name)),
                            l.get("content").asText().getBytes(StandardCharsets.UTF_8));
                    perFormat.merge(format, 1, Integer::sum);
                }
            }
        }
        long jsons = expected.keySet().stream().filter(n -> n.endsWith(".json") && !n.matches(".*\\.(ninjs|timeline)\\.json")).count();
        long mds = expected.keySet().stream().filter(n -> n.endsWith(".md")).count();
        assertEquals(Map.of("json", (int) jsons, "markdown", (int) mds), perFormat, "one line per article and format");
    }

    @Test
    void theDeskTheFormatsAndTheOptionsAreCheckedBeforeAnyWork() {
        Path out = tmp.resolve("never");
        Result noDesk = beam("--input=" + in, "--output=" + out, "--desk=nosuch");
        assertEquals(2, noDesk.status());
        assertTrue(noDesk.err().contains("no desk 'nosuch'"), noDesk.err());
        Result noFormat = beam("--input=" + in, "--output=" + out, "--formats=json,pdf");
        assertEquals(2, noFormat.status());
        assertTrue(noFormat.err().contains("desk 'default' has no format 'pdf' (formats: "), noFormat.err());
        Result noOutput = beam("--input=" + in);
        assertEquals(2, noOutput.status());
        assertTrue(noOutput.err().contains("--output=DIR is needed"), noOutput.err());
        Result badDate = beam("--input=" + in, "--output=" + out, "--published=14/03/2024");
        assertEquals(2, badDate.status());
        assertTrue(badDate.err().contains("--published=14/03/2024 is not a date (YYYY-MM-DD)"), badDate.err());
        Result both = beam("--input=" + in, "--inputTopic=t", "--output=" + out);
        assertEquals(2, both.status());
        assertFalse(Files.exists(out), "nothing written");
        Result help = beam("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().startsWith("usage: copydesk beam"), help.out());
    }
}
