package org.copydesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Entity models as bundles in the assembled runtime: entities-train writes one; dropped into deploy/
 * (trusted) it replaces the bundled model for the next article, and when it goes the bundled model
 * is back; a model trained with another feature set is refused with one line; --entities-model uses
 * one for a single run, before or after the command word.
 */
class EntityModelIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long WAIT_MS = 10_000;

    @TempDir
    Path tmp;

    /** A training file of our own in which nothing is a name: a model trained on it tags nothing. */
    private Path noNames() throws Exception {
        StringBuilder b = new StringBuilder("-DOCSTART- O\n\n");
        for (String s : List.of("The port of Antwerp reopened on Monday .", "Workers in Rotterdam said the strike was over .",
                "Shipping lines from Hamburg and Felixstowe resumed calls .")) {
            for (String w : s.split(" ")) {
                b.append(w).append("\tO\n");
            }
            b.append('\n');
        }
        return Files.writeString(tmp.resolve("no-names.conll"), b.toString());
    }

    private static List<String> entities(CopydeskRuntime rt, Path input) throws Exception {
        Distribution.Run r = Distribution.command(rt, "process", input.toString());
        assertEquals(0, r.status(), r.err());
        List<String> names = new ArrayList<>();
        JSON.readTree(r.out()).path("entities").forEach(e -> names.add(e.path("name").asText()));
        return names;
    }

    private static List<String> until(CopydeskRuntime rt, Path input, java.util.function.Predicate<List<String>> ok) throws Exception {
        long t0 = System.nanoTime();
        List<String> got = entities(rt, input);
        while (!ok.test(got)) {
            assertTrue((System.nanoTime() - t0) / 1_000_000 < WAIT_MS, "not seen within " + WAIT_MS + " ms: " + got);
            Thread.sleep(50);
            got = entities(rt, input);
        }
        return got;
    }

    /** The same model bundle under another name, its model claiming another feature set. */
    private static Path otherFeatureSet(Path jar, Path out) throws Exception {
        try (JarFile in = new JarFile(jar.toFile())) {
            java.util.jar.Manifest m = in.getManifest();
            m.getMainAttributes().putValue("Bundle-SymbolicName", "org.copydesk.model.entities.misfit");
            try (JarOutputStream o = new JarOutputStream(Files.newOutputStream(out), m)) {
                copyMisfit(in, o);
            }
        }
        return out;
    }

    private static void copyMisfit(JarFile in, JarOutputStream o) throws Exception {
        o.putNextEntry(new JarEntry("model/metadata.json"));
        o.write(in.getInputStream(in.getJarEntry("model/metadata.json")).readAllBytes());
        byte[] model;
        try (GZIPInputStream gz = new GZIPInputStream(in.getInputStream(in.getJarEntry("model/ner-model.bin.gz")))) {
            model = gz.readAllBytes();
        }
        assertEquals(0, model[8]); // MAGIC, label count, then the feature set as a short-prefixed string
        model[10] = 'x';
        o.putNextEntry(new JarEntry("model/ner-model.bin.gz"));
        GZIPOutputStream gz = new GZIPOutputStream(o);
        gz.write(model);
        gz.finish();
    }

    @Test
    void aTrainedModelBundleGoesLiveIsRefusedWhenItDoesNotFitAndServesOneRun() throws Exception {
        Path home = Distribution.copy(Distribution.home(), tmp.resolve("home"));
        Path sample = home.resolve("samples/port-strike.txt");
        Path model = tmp.resolve("no-names.jar");
        try (CopydeskRuntime rt = CopydeskRuntime.start(home, "default", Map.of())) {
            Distribution.Run r = Distribution.command(rt, "entities-train", "--train", noNames().toString(),
                    "--dev", noNames().toString(), "--epochs", "2", "--name", "nonames", "--out", model.toString());
            assertEquals(0, r.status(), r.err());
            assertTrue(r.out().contains("PER+ORG+LOC") && r.out().contains("org.copydesk.model.entities.nonames;sha256:"), r.out());
        }
        try (JarFile jar = new JarFile(model.toFile())) {
            assertEquals("entities", jar.getManifest().getMainAttributes().getValue("Copydesk-Model"));
            JsonNode meta = JSON.readTree(jar.getInputStream(jar.getJarEntry("model/metadata.json")));
            assertEquals("no-names.conll", meta.at("/training/0/file").asText());
            assertEquals(64, meta.at("/training/0/sha256").asText().length());
            assertFalse(meta.path("gazetteerFingerprint").asText().isEmpty());
        }
        Path misfit = otherFeatureSet(model, tmp.resolve("misfit.jar"));
        Distribution.trust(home, "default", Map.of("org.copydesk.model.entities.nonames", model,
                "org.copydesk.model.entities.misfit", misfit));
        Path deploy = home.resolve("deploy");
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try (CopydeskRuntime rt = CopydeskRuntime.start(home, "default", Map.of())) {
            List<String> bundled = entities(rt, sample);
            assertFalse(bundled.isEmpty(), "the bundled model finds names in the sample");

            Files.copy(model, deploy.resolve("no-names.jar"));
            until(rt, sample, List::isEmpty);
            Files.delete(deploy.resolve("no-names.jar"));
            assertEquals(bundled, until(rt, sample, bundled::equals), "the bundled model is back");

            Files.copy(misfit, deploy.resolve("misfit.jar")); // trusted too: refused for its features alone
            long t0 = System.nanoTime();
            while (!err.toString(StandardCharsets.UTF_8).contains("refused entity model")) {
                assertTrue((System.nanoTime() - t0) / 1_000_000 < WAIT_MS, "no refusal said: " + err);
                Thread.sleep(50);
            }
            assertEquals(bundled, entities(rt, sample), "a refused model never serves");
        } finally {
            System.setErr(saved);
        }
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("refused entity model entities model org.copydesk.model.entities.misfit")
                && said.contains("trained with feature set x"), said);

        for (List<String> args : List.of(List.of("--entities-model", model.toString(), "process", sample.toString()),
                List.of("process", "--entities-model", model.toString(), sample.toString()))) {
            Distribution.Run run = Distribution.cli(home, tmp, args.toArray(String[]::new));
            assertEquals(0, run.status(), run.err());
            assertEquals(0, JSON.readTree(run.out()).path("entities").size(), String.join(" ", args));
        }
        Distribution.Run plain = Distribution.cli(home, tmp, "process", sample.toString());
        assertFalse(JSON.readTree(plain.out()).path("entities").isEmpty(), "without the option, the bundled model");
    }
}
