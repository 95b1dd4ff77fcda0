package org.copydesk.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on Flink's local runner as a user runs it: {@code bin/copydesk beam} of the assembled
 * distribution, and the self-contained job jar with nothing else; every output against what
 * {@code bin/copydesk process} writes for the same inputs.
 */
class FlinkRunnerIT {
    @TempDir
    static Path tmp;
    static Path home;
    static Path in;
    static Path cli;
    static String cliErr;
    static String formats;

    record Run(int status, String err) {
    }

    static Run run(List<String> command, Path tmpdir) throws IOException, InterruptedException {
        Path err = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(err.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        if (tmpdir != null) {
            pb.environment().put("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + tmpdir);
        }
        Process p = pb.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in 300 s: " + Files.readString(err));
        }
        return new Run(p.exitValue(), Files.readString(err));
    }

    @BeforeAll
    static void inputsAndTheClisOutputs() throws Exception {
        home = SameAsCli.home();
        in = tmp.resolve("in");
        VariedInputs.write(in, 300, 7);
        formats = SameAsCli.allFormats();
        cli = tmp.resolve("cli");
        Run r = run(List.of(home.resolve("bin/copydesk").toString(), "process", "--format", formats, "--published", "2024-03-14",
                "--threads", "1", "--out", cli.toString(), in.toString()), null);
        assertEquals(1, r.status(), r.err());
        cliErr = r.err();
    }

    @Test
    void hundredsOfVariedArticlesOnLocalFlinkAreTheClis() throws Exception {
        Path out = tmp.resolve("flink");
        Run r = run(List.of(home.resolve("bin/copydesk").toString(), "beam", "--runner=FlinkRunner", "--flinkMaster=[local]",
                "--parallelism=2", "--input=" + in, "--output=" + out, "--formats=all", "--published=2024-03-14",
                "--progressSeconds=1"), null);
        assertEquals(1, r.status(), "five inputs fail: " + r.err());
        SameAsCli.assertSameFiles(cli, out);
        assertEquals(SameAsCli.cliFailures(cliErr), SameAsCli.deadLetters(out), "each failed input, with the CLI's reason");
        assertTrue(r.err().matches("(?s).*copydesk beam: \\d+ inputs, \\d+ articles \\(\\d+/s\\), \\d+ failed, \\d+ s\n.*"),
                "a progress line: " + r.err());
        assertTrue(r.err().contains("copydesk beam: 305 inputs, "), r.err());
    }

    /** The first 25 inputs, in a folder of their own. */
    private static Path some() throws IOException {
        Path some = tmp.resolve("some");
        if (!Files.isDirectory(some)) {
            Files.createDirectories(some);
            try (Stream<Path> s = Files.list(in)) {
                for (Path f : s.sorted().limit(25).toList()) {
                    Files.copy(f, some.resolve(f.getFileName()));
                }
            }
        }
        return some;
    }

    /** Every output is the CLI's, and json and nitf came for every article of the 25 inputs. */
    private static void assertSomeAreTheClis(Path out) throws IOException {
        List<String> expected = new ArrayList<>();
        SameAsCli.outputs(out).forEach((name, p) -> {
            try {
                SameAsCli.assertSameContent(name, Files.readAllBytes(cli.resolve(name)), Files.readAllBytes(p));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            expected.add(name);
        });
        assertTrue(expected.size() >= 40, "json and nitf for the 25 inputs' articles: " + expected);
    }

    /**
     * The job jar submitted to a running Flink cluster in a JVM of its own (Flink alone on its class
     * path, its REST endpoint on loopback): the cluster loads the job's classes from the jar, its worker
     * unpacks the home inside it, and both the worker and the submitting JVM remove what they unpacked.
     */
    @Test
    void theJobJarRunsOnAFlinkClusterThatHasNoDistribution() throws Exception {
        Path clusterTmp = Files.createDirectories(tmp.resolve("cluster-tmp"));
        Path driverTmp = Files.createDirectories(tmp.resolve("driver-tmp"));
        String classPath;
        try (Stream<Path> jars = Files.list(home.resolve("lib/beam"))) {
            classPath = Stream.concat(jars.filter(j -> !j.getFileName().toString().startsWith("org.copydesk")).map(Path::toString),
                    Stream.of(Path.of("target/test-classes").toAbsolutePath().toString())).collect(java.util.stream.Collectors.joining(":"));
        }
        Process cluster = new ProcessBuilder(java(), "-Djava.io.tmpdir=" + clusterTmp, "-cp", classPath, FlinkCluster.class.getName())
                .redirectError(tmp.resolve("cluster.log").toFile()).start();
        try {
            String rest = new java.io.BufferedReader(new java.io.InputStreamReader(cluster.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))
                    .lines().filter(l -> l.startsWith("rest=")).findFirst().orElse("rest=").substring("rest=".length());
            assertTrue(!rest.isEmpty(), "the cluster did not start: " + Files.readString(tmp.resolve("cluster.log")));
            Path out = tmp.resolve("cluster");
            Run r = run(List.of(java(), "-jar", job().toString(), "--runner=FlinkRunner", "--flinkMaster=" + rest,
                    "--filesToStage=" + job(), "--parallelism=2", "--input=" + some(), "--output=" + out, "--formats=json,nitf",
                    "--published=2024-03-14"), driverTmp);
            assertTrue(r.status() <= 1, r.err());
            assertTrue(r.err().contains("; its web interface shows the progress"), r.err());
            assertTrue(r.err().contains("copydesk beam: 25 inputs, "), "Beam's metrics come back from the cluster: " + r.err());
            assertTrue(r.err().matches("(?s).*the desk started on 1 more worker JVM\\(s\\).*"), "the cluster's worker started its own: " + r.err());
            assertSomeAreTheClis(out);
            assertNothingUnpackedIn(driverTmp);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!unpacked(clusterTmp).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(200); // the worker's runtime stops as its tasks are torn down
            }
            assertNothingUnpackedIn(clusterTmp);
        } finally {
            cluster.getOutputStream().close();
            if (!cluster.waitFor(30, TimeUnit.SECONDS)) {
                cluster.destroyForcibly();
            }
        }
    }

    /** What a runtime unpacked or stored in a temporary folder and has not removed. */
    private static List<String> unpacked(Path dir) throws IOException {
        try (Stream<Path> left = Files.list(dir)) {
            return left.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("copydesk-home-") || n.startsWith("copydesk-felix-")).toList();
        }
    }

    private static void assertNothingUnpackedIn(Path dir) throws IOException {
        assertEquals(List.of(), unpacked(dir), "the unpacked home and the framework's storage are removed from " + dir);
    }

    private static Path job() {
        return Path.of(System.getProperty("copydesk.job"));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
