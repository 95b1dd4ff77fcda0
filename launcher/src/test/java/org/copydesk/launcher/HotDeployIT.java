package org.copydesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The deploy folder of a running runtime: trusted bundles go live, settings apply, untrusted ones are refused. */
class HotDeployIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long WAIT_MS = 10_000;

    @TempDir
    Path tmp;

    private static Path exampleJar() {
        Path jar = Path.of(System.getProperty("copydesk.example.jar", "../bundles/example-readingtime/target/org.copydesk.example.readingtime-1.0.0.jar"));
        assertTrue(Files.isRegularFile(jar), "the example bundle is built before the launcher: " + jar);
        return jar;
    }

    private static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    private static JsonNode process(CopydeskRuntime rt, Path input) throws Exception {
        Distribution.Run r = Distribution.command(rt, "process", input.toString());
        assertEquals(0, r.status(), r.err());
        return JSON.readTree(r.out());
    }

    /** Processes the input until the article satisfies the condition; returns the milliseconds it took. */
    private static long until(CopydeskRuntime rt, Path input, Predicate<JsonNode> condition) throws Exception {
        long t0 = System.nanoTime();
        while (!condition.test(process(rt, input))) {
            assertTrue((System.nanoTime() - t0) / 1_000_000 < WAIT_MS, "not seen within " + WAIT_MS + " ms");
            Thread.sleep(50);
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static int minutes(int words, int perMinute) {
        return Math.max(1, (int) Math.ceil(words / (double) perMinute));
    }

    private static boolean hasStage(JsonNode a, String stage) {
        return a.get("provenance").findValuesAsText("stage").contains(stage);
    }

    @Test
    void aTrustedBundleDroppedInGoesLiveItsSettingsApplyAndRemovingItTakesItAway() throws Exception {
        Path home = Distribution.copy(Distribution.home(), tmp.resolve("home"));
        Distribution.trust(home, "default", Map.of("org.copydesk.example.readingtime", exampleJar()));
        Path sample = home.resolve("samples/port-strike.txt");
        Path deploy = home.resolve("deploy");
        try (CopydeskRuntime rt = CopydeskRuntime.start(home, "default", Map.of())) {
            assertFalse(hasStage(process(rt, sample), "reading-time"));

            Files.copy(exampleJar(), deploy.resolve("reading-time.jar"));
            long live = until(rt, sample, a -> hasStage(a, "reading-time"));
            System.out.println("hot deploy: the dropped bundle served an article after " + live + " ms");
            JsonNode a = process(rt, sample);
            int words = a.at("/metadata/wordCount").asInt();
            assertTrue(words > 200, "the sample's kept body has a few hundred words: " + words);
            assertEquals(String.valueOf(minutes(words, 230)), a.at("/metadata/readingMinutes").asText(), "the default 230 a minute");
            Distribution.Run config = Distribution.shell(rt, "config:list\nconfig:show org.copydesk.example.readingtime\n");
            assertTrue(config.out().contains("  org.copydesk.example.readingtime ") && config.out().contains("Reading time"),
                    "the dropped bundle's @ObjectClassDefinition is known to the shell: " + config.out());

            Files.writeString(deploy.resolve("org.copydesk.example.readingtime.config"), "wordsPerMinute=I\"50\"\n");
            String slower = String.valueOf(minutes(words, 50));
            until(rt, sample, x -> x.at("/metadata/readingMinutes").asText().equals(slower));

            Files.delete(deploy.resolve("reading-time.jar"));
            until(rt, sample, x -> !hasStage(x, "reading-time"));
        }
    }

    @Test
    void anUntrustedJarIsRefusedWithWhyAndHowToAllowIt() throws Exception {
        Path home = Distribution.copy(Distribution.home(), tmp.resolve("home"));
        Path sample = home.resolve("samples/port-strike.txt");
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try (CopydeskRuntime rt = CopydeskRuntime.start(home, "default", Map.of())) {
            Files.copy(exampleJar(), home.resolve("deploy/reading-time.jar"));
            long t0 = System.nanoTime();
            while (!err.toString(StandardCharsets.UTF_8).contains("refused bundle")) {
                assertTrue((System.nanoTime() - t0) / 1_000_000 < WAIT_MS, "no refusal said: " + err);
                Thread.sleep(50);
            }
            assertFalse(hasStage(process(rt, sample), "reading-time"), "a refused bundle never serves");
        } finally {
            System.setErr(saved);
        }
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("refused bundle org.copydesk.example.readingtime") && said.contains("trust list")
                && said.contains("org.copydesk.example.readingtime;sha256:" + sha256(exampleJar()))
                && said.contains("config/desks/default/org.copydesk.trust.config"), said);
        assertTrue(said.contains("is not signed by a listed signer") && said.contains("listed in signers"), "both ways to allow it: " + said);
    }

    @Test
    void anUntrustedJarLeftInDeployKeepsNothingElseFromResolving() throws Exception {
        Path home = Distribution.copy(Distribution.home(), tmp.resolve("home"));
        Files.copy(exampleJar(), Files.createDirectories(home.resolve("deploy")).resolve("reading-time.jar"));
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try (CopydeskRuntime rt = CopydeskRuntime.start(home, "politics", Map.of())) {
            assertFalse(hasStage(process(rt, home.resolve("samples/port-strike.txt")), "reading-time"));
            Distribution.Run r = Distribution.shell(rt, "feature:install exporter-markdown\n");
            assertEquals(0, r.status(), "a bundle installed later still resolves: " + r.out());
            assertTrue(Distribution.command(rt, "process", "--format", "markdown", home.resolve("samples/port-strike.txt").toString())
                    .out().startsWith("# "));
        } finally {
            System.setErr(saved);
        }
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("refused bundle org.copydesk.example.readingtime"), said);
        assertFalse(said.contains("missing requirement"), "no other bundle failed to resolve: " + said);
    }

    @Test
    void aRefusalReachesTheAdminAsOneWarningLineOnStandardError() throws Exception {
        Path home = Distribution.copy(Distribution.home(), tmp.resolve("home"));
        Files.copy(exampleJar(), Files.createDirectories(home.resolve("deploy")).resolve("reading-time.jar"));
        Distribution.Run r = Distribution.cli(home, tmp, "process", "--published", "2024-03-14", home.resolve("samples/port-strike.txt").toString());
        assertEquals(0, r.status(), r.err());
        assertFalse(hasStage(JSON.readTree(r.out()), "reading-time"), "a refused bundle never serves");
        // logged by the trust bundle through the OSGi log service, shown by the runtime's log listener
        List<String> refusals = r.err().lines().filter(l -> l.startsWith("copydesk [org.copydesk.trust] WARN: refused bundle ")).toList();
        assertEquals(1, refusals.size(), r.err());
        assertTrue(refusals.get(0).contains("refused bundle org.copydesk.example.readingtime (")
                && refusals.get(0).contains("org.copydesk.example.readingtime;sha256:" + sha256(exampleJar())), r.err());
    }

    /** Runs a tool of the JDK running the test (keytool, jarsigner) as an admin would. */
    private static void jdkTool(String tool, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", tool).toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, tool + ": " + said);
    }

    @Test
    void aJarSignedByTheDesksSignerRunsWithoutItsDigestListed() throws Exception {
        Path home = Distribution.copy(Distribution.home(), tmp.resolve("home"));
        Path store = tmp.resolve("editor.p12");
        Path signed = tmp.resolve("reading-time-signed.jar");
        jdkTool("keytool", "-genkeypair", "-alias", "editor", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=Desk editor",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit");
        jdkTool("keytool", "-exportcert", "-rfc", "-alias", "editor", "-keystore", store.toString(), "-storepass", "changeit",
                "-file", home.resolve("config/desks/default/editor.pem").toString());
        jdkTool("jarsigner", "-keystore", store.toString(), "-storepass", "changeit", "-signedjar", signed.toString(),
                exampleJar().toString(), "editor");
        Files.writeString(home.resolve("config/desks/default/org.copydesk.trust.config"), "signers=[\"config/desks/default/editor.pem\"]\n");
        Path sample = home.resolve("samples/port-strike.txt");
        try (CopydeskRuntime rt = CopydeskRuntime.start(home, "default", Map.of())) {
            Files.copy(signed, home.resolve("deploy/reading-time.jar"));
            until(rt, sample, a -> hasStage(a, "reading-time"));
        }
    }
}
