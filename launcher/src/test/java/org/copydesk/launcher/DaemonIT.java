package org.copydesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code copydesk process} through the desk's warm runtime, on a copy of the assembled distribution
 * with folders of its own for the runtime's socket, log and storage: the same bytes, statuses and
 * messages as a run in its own JVM ({@code COPYDESK_NO_DAEMON}), for callers anywhere and several at
 * once; a runtime made stale by a changed bundle is replaced, and {@code daemon stop} ends it. A batch
 * over the full JIT's threshold (lowered here) goes to the batch runtime, or to a JVM of its own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DaemonIT {
    private static final Pattern PID = Pattern.compile(": pid (\\d+), up \\d+ s, [a-zA-Z ]+, (\\d+) commands served");

    @TempDir
    static Path tmp;
    private static Path home;
    private static Map<String, String> warm;
    private static Map<String, String> direct;
    /** The runtime's socket folder: under /tmp, not the build folder, whose depth depends on the checkout. */
    private static Path sockets;

    @BeforeAll
    static void distribution() throws Exception {
        home = Distribution.copy(Distribution.home(), tmp.resolve("home"));
        // a socket path holds at most 107 bytes: below a deep checkout's target/junit-NNN folder it can
        // be longer, and then no runtime starts (the client runs the command in its own JVM instead)
        sockets = Files.createTempDirectory(Path.of("/tmp"), "copydesk-it-");
        warm = Map.of("COPYDESK_NO_DAEMON", "", "XDG_RUNTIME_DIR", sockets.toString(),
                "XDG_STATE_HOME", tmp.resolve("state").toString(), "TMPDIR", Files.createDirectories(tmp.resolve("t")).toString());
        direct = new TreeMap<>(warm);
        direct.put("COPYDESK_NO_DAEMON", "1");
    }

    @AfterAll
    static void stopTheRuntime() throws Exception {
        Distribution.cli(home, tmp, warm, "daemon", "stop");
        try (Stream<Path> walk = Files.walk(sockets)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static Distribution.Run run(Map<String, String> env, Path cwd, String... args) throws Exception {
        return Distribution.cli(home, cwd, env, args);
    }

    /** The runtime's pid and how many commands it has served, from {@code daemon status}; null if none runs. */
    private static long[] runtime() throws Exception {
        Distribution.Run r = run(warm, tmp, "daemon", "status");
        assertEquals(0, r.status(), r.err());
        Matcher m = PID.matcher(r.out());
        return m.find() ? new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))} : null;
    }

    /** What two runs may differ in: the time each stage took, and the batch's own time. */
    private static String untimed(String s) {
        return s.replaceAll("\"millis\" ?: ?[0-9.Ee-]+", "\"millis\":0").replaceAll("failed, [0-9.]+ s", "failed, 0 s");
    }

    private static Map<String, String> files(Path folder) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(folder.relativize(p).toString(), untimed(Files.readString(p)));
            }
        }
        return out;
    }

    private static Path workingFolder(String name) throws Exception {
        Path w = Files.createDirectories(tmp.resolve(name).resolve("in/sub"));
        Files.copy(home.resolve("samples/port-strike.txt"), w.resolve("a.txt"));
        Files.writeString(w.resolve("b.txt"), "A headline\nA standfirst\nA paragraph.\n");
        Files.write(w.resolve("empty.txt"), new byte[0]);
        Files.writeString(w.resolve("notes.xyz"), "what is this");
        return tmp.resolve(name);
    }

    @Test
    @Order(1)
    void aSecondRunIsServedWarmWithTheBytesOfADirectRun() throws Exception {
        Path sample = home.resolve("samples/port-strike.txt");
        byte[] before = Files.readAllBytes(sample);
        Distribution.Run first = run(warm, tmp, "process", "--published", "2024-03-14", sample.toString());
        assertEquals(0, first.status(), first.err());
        long[] started = runtime();
        assertTrue(started != null, "the first run started a warm runtime");

        Distribution.Run second = run(warm, tmp, "process", "--published", "2024-03-14", sample.toString());
        Distribution.Run own = run(direct, tmp, "process", "--published", "2024-03-14", sample.toString());
        long[] after = runtime();
        assertEquals(started[0], after[0], "the same runtime");
        assertEquals(started[1] + 1, after[1], "served the second run");
        assertEquals(0, second.status(), second.err());
        assertEquals(untimed(own.out()), untimed(second.out()));
        assertTrue(second.out().contains("\"headline\" : \"Dockworkers in Rotterdam end week-long strike"), second.out());
        assertEquals(own.err(), second.err());

        Distribution.Run files = run(warm, tmp, "process", "--format", "json,markdown,ninjs,nitf", "--out", tmp.resolve("warm").toString(), sample.toString());
        Distribution.Run ownFiles = run(direct, tmp, "process", "--format", "json,markdown,ninjs,nitf", "--out", tmp.resolve("direct").toString(), sample.toString());
        assertEquals(0, files.status(), files.err());
        assertEquals(untimed(ownFiles.err()), untimed(files.err()));
        assertEquals(4, files(tmp.resolve("warm")).size());
        assertEquals(files(tmp.resolve("direct")), files(tmp.resolve("warm")));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(sample)), "the input is never written");
    }

    @Test
    @Order(2)
    void relativePathsMeanTheCallersWorkingFolderAndBadInputsGiveTheSameStatusAndLines() throws Exception {
        Path w = workingFolder("caller");
        Path d = workingFolder("caller-direct");
        String[] line = {"process", "--threads", "1", "--out", "out", "in", "missing.txt"}; // one thread: lines in input order
        Distribution.Run served = run(warm, w, line);
        Distribution.Run own = run(direct, d, line);
        assertEquals(1, served.status(), served.err());
        assertEquals(own.status(), served.status());
        assertEquals(untimed(own.err()), untimed(served.err()));
        assertTrue(served.err().contains("copydesk: in/sub/empty.txt: empty file"), served.err());
        assertTrue(served.err().contains("copydesk: missing.txt: no such file"), served.err());
        assertEquals(files(d.resolve("out")), files(w.resolve("out")));
        assertEquals(List.of("a.json", "b.json"), List.copyOf(files(w.resolve("out")).keySet()));

        Distribution.Run badOption = run(warm, w, "process", "--format", "nope", "in");
        Distribution.Run ownBadOption = run(direct, d, "process", "--format", "nope", "in");
        assertEquals(2, badOption.status());
        assertEquals(ownBadOption.err(), badOption.err());
        assertEquals(ownBadOption.out(), badOption.out());
    }

    @Test
    @Order(3)
    void concurrentCallersAreEachServedTheirOwn() throws Exception {
        Path w = workingFolder("many");
        List<CompletableFuture<Distribution.Run>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String out = "out" + i;
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return run(warm, w, "process", "--threads", "1", "--out", out, "in/sub/a.txt", "in/sub/b.txt");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (CompletableFuture<Distribution.Run> r : runs) {
            assertEquals(0, r.get().status(), r.get().err());
            assertTrue(r.get().err().startsWith("copydesk: 2 inputs, 2 articles, 0 failed"), r.get().err());
        }
        for (int i = 1; i < 4; i++) {
            assertEquals(files(w.resolve("out0")), files(w.resolve("out" + i)));
        }
        assertEquals(2, files(w.resolve("out0")).size());
    }

    @Test
    @Order(4)
    void aRuntimeMadeStaleByAChangedBundleJarIsReplaced() throws Exception {
        assertEquals(0, run(warm, tmp, "process", home.resolve("samples/port-strike.txt").toString()).status());
        long old = runtime()[0];
        // a rebuilt bundle: the linked jar becomes a file of its own, with a new time
        Path jar;
        try (Stream<Path> jars = Files.list(home.resolve("bundles"))) {
            jar = jars.filter(p -> p.getFileName().toString().startsWith("org.copydesk.exporter.markdown")).findFirst().orElseThrow();
        }
        Path real = jar.toRealPath();
        Files.delete(jar);
        Files.copy(real, jar);

        Distribution.Run r = run(warm, tmp, "process", "--format", "markdown", home.resolve("samples/port-strike.txt").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("# Dockworkers in Rotterdam"), r.out());
        long fresh = runtime()[0];
        assertNotEquals(old, fresh, "a fresh runtime serves the changed distribution");
        awaitGone(old);
    }

    @Test
    @Order(5)
    void whatTheStartSaysEveryCallerHearsAsADirectRunWouldSayIt() throws Exception {
        Path jar = Distribution.bundle(home.resolve("deploy/stranger.jar"), Map.of("Bundle-SymbolicName", "org.example.stranger",
                "Bundle-Version", "1.0.0"), null);
        try {
            String refused = "copydesk [org.copydesk.trust] WARN: refused bundle org.example.stranger";
            for (int i = 0; i < 2; i++) {
                Distribution.Run r = run(warm, tmp, "process", home.resolve("samples/port-strike.txt").toString());
                assertEquals(0, r.status(), r.err());
                assertTrue(r.err().startsWith(refused), "run " + (i + 1) + ": " + r.err());
            }
            assertTrue(run(direct, tmp, "process", home.resolve("samples/port-strike.txt").toString()).err().startsWith(refused));
        } finally {
            Files.delete(jar);
        }
    }

    @Test
    @Order(6)
    void whatTheBundlesLogDuringACommandItsCallerHears() throws Exception {
        // the world desk reads feeds; a limit of two items makes a three-item feed log its cut
        Files.writeString(home.resolve("config/desks/world/org.copydesk.importer.feed.config"), "maxItems=I\"2\"\n");
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            items.append("<item><title>Port strike day ").append(i).append("</title><link>https://example.org/").append(i)
                    .append("</link><description>Dockworkers in Rotterdam stayed out on day ").append(i).append(".</description></item>");
        }
        Path feed = Files.writeString(tmp.resolve("wire.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
                + "<link>https://example.org/</link><description>Wire</description>" + items + "</channel></rss>");
        String cut = "copydesk [org.copydesk.importer.feed] WARN: wire.rss: read the first 2 of its 3 items";
        try {
            for (int i = 0; i < 2; i++) { // the first run starts the world desk's runtime, the second is served warm
                Distribution.Run r = run(warm, tmp, "--desk", "world", "process", "--out", tmp.resolve("feed" + i).toString(), feed.toString());
                assertEquals(0, r.status(), r.err());
                assertTrue(r.err().contains(cut), "run " + (i + 1) + ": " + r.err());
            }
            assertTrue(run(direct, tmp, "--desk", "world", "process", "--out", tmp.resolve("feed-direct").toString(), feed.toString())
                    .err().contains(cut));
        } finally {
            run(warm, tmp, "daemon", "stop"); // every warm runtime of the home
        }
    }

    @Test
    @Order(7)
    void daemonStopEndsTheRuntime() throws Exception {
        assertEquals(0, run(warm, tmp, "process", home.resolve("samples/port-strike.txt").toString()).status());
        long pid = runtime()[0];
        Distribution.Run stop = run(warm, tmp, "daemon", "stop");
        assertEquals(0, stop.status(), stop.err());
        assertTrue(stop.out().startsWith("stopped: desk 'default' of " + home), stop.out());
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "gone when daemon stop returns");
        assertEquals("no warm runtime for " + home + "\n", run(warm, tmp, "daemon", "status").out());
        try (Stream<Path> storage = Files.list(tmp.resolve("t"))) {
            assertEquals(List.of(), storage.filter(p -> p.getFileName().toString().startsWith("copydesk-felix-")).toList(),
                    "the runtime's framework storage goes with it");
        }
    }

    @Test
    @Order(8)
    void statusNamesEachRuntimesCompilerAndAChangedSettingStartsARuntimeOfItsOwn() throws Exception {
        String sample = home.resolve("samples/port-strike.txt").toString();
        assertEquals(0, run(warm, tmp, "process", sample).status());
        String one = run(warm, tmp, "daemon", "status").out();
        assertTrue(one.matches("desk 'default' of " + Pattern.quote(home.toString()) + ": pid \\d+, up \\d+ s, client compiler, 1 commands served, "
                + "0 running, [0-9.]+ s CPU, hands batches over after 100 s of estimated work \\([0-9.]+ s so far\\), stops after 180 min idle\n"), one);

        Map<String, String> shortIdle = new TreeMap<>(warm);
        shortIdle.put("COPYDESK_DAEMON_IDLE", "90s");
        assertEquals(0, run(shortIdle, tmp, "process", sample).status());
        List<String> two = run(warm, tmp, "daemon", "status").out().lines().sorted().toList();
        assertEquals(2, two.size(), "the idle time a runtime started with is part of its key: " + two);
        assertTrue(two.get(0).endsWith("stops after 1 min idle") != two.get(1).endsWith("stops after 1 min idle"), two.toString());

        // a batch over the (lowered) full JIT's threshold starts the batch runtime, which then serves every command
        Map<String, String> lowered = new TreeMap<>(warm);
        lowered.put("COPYDESK_FULL_JIT_SECONDS", "0.001");
        Distribution.Run batch = run(lowered, tmp, "process", "--published", "2024-03-14", sample);
        Distribution.Run served = run(warm, tmp, "process", "--published", "2024-03-14", sample);
        assertEquals(0, batch.status(), batch.err());
        assertEquals(untimed(batch.out()), untimed(served.out()));
        String full = run(warm, tmp, "daemon", "status").out().lines().filter(l -> l.contains("full JIT")).findFirst().orElseThrow();
        assertTrue(full.contains(", full JIT, 2 commands served, 0 running, ") && !full.contains("hands batches over"), full);
        run(warm, tmp, "daemon", "stop");
    }

    @Test
    @Order(9)
    void aBatchOverTheFullJitsThresholdWithoutARuntimeRunsInAJvmOfItsOwn() throws Exception {
        Path w = workingFolder("own-jvm");
        Map<String, String> own = new TreeMap<>(direct);
        own.put("COPYDESK_FULL_JIT_SECONDS", "0.001");
        own.put("JAVA_TOOL_OPTIONS", "-Dcopydesk.trace=true"); // each JVM says it picked them up; the client says what it starts
        String[] line = {"process", "--out", "own", "in/sub/a.txt", "in/sub/b.txt"};
        Distribution.Run batch = run(own, w, line);
        assertEquals(0, batch.status(), batch.err());
        assertEquals(2, batch.err().split("Picked up JAVA_TOOL_OPTIONS", -1).length - 1, "the client's JVM and the batch's: " + batch.err());
        Matcher started = Pattern.compile("a JVM of its own runs the batch \\(pid \\d+\\): (.*)").matcher(batch.err());
        assertTrue(started.find(), batch.err());
        String jvmOptions = started.group(1).split(" -D")[0]; // the properties after them carry both sets, as the script gave them
        assertTrue(jvmOptions.contains("-XX:+UseSerialGC") && !jvmOptions.contains("TieredStopAtLevel"), "the batch options, the full JIT: " + started.group(1));
        assertTrue(started.group(1).endsWith(" org.copydesk.launcher.Main process --out own in/sub/a.txt in/sub/b.txt"), started.group(1));

        Distribution.Run client = run(direct, w, "process", "--out", "client", "in/sub/a.txt", "in/sub/b.txt");
        assertEquals(0, client.status(), client.err());
        assertEquals(2, files(w.resolve("own")).size());
        assertEquals(files(w.resolve("client")), files(w.resolve("own")));
    }

    private static void awaitGone(long pid) throws InterruptedException {
        for (int i = 0; i < 600 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false); i++) {
            Thread.sleep(50);
        }
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the stale runtime has gone");
    }
}
