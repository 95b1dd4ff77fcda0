package org.copydesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 19's loop on the real runtime: a local desk's editors remove, by hand in the workbench, the
 * weather-watcher credits that neither the rules nor the shipped model take out; each removal becomes
 * a line of the desk's examples file; {@code copydesk --desk local strip-train} retrains the desk's
 * model from them while the workbench runs, into a strip model bundle that it puts on the desk's trust
 * list and into deploy/, and the desk's next article loses an unseen plug of that kind to the model,
 * without a restart. A strip model bundle of another feature set (dropped in before the desk trusted
 * it) is refused with one line and never serves; when the desk's bundle goes, the shipped model is back.
 */
class StripFeedbackIT {
    /**
     * A desk's own furniture that reads like news, so neither the rules nor the shipped model take it
     * out: the paper's rainfall reader's line under every local story of the day. (Worded "Thanks to
     * our weather watcher ..." it is a credit in the publication's voice, which the model trained on
     * strip-broad.tsv removes on its own; worded "Today's rainfall reading of 2 millimetres came from
     * weather watcher ..." the strip7 model took two of the twelve, its words alone at 0.97.)
     */
    private static final List<String> PLUGS = List.of(
            "Weather watcher Jim Baker of Hollow Farm, Ashby measured 12 millimetres of rain in the past day.",
            "Weather watcher Sue Hall of Mill Lane, Kirkby measured 4 millimetres of rain in the past day.",
            "Weather watcher Tom Reed of Church Street, Oakham measured 9 millimetres of rain in the past day.",
            "Weather watcher Ann Moss of Brook Farm, Wrenbury measured 2 millimetres of rain in the past day.",
            "Weather watcher Raj Patel of Station Road, Hinton measured 15 millimetres of rain in the past day.",
            "Weather watcher Mary Cole of The Green, Elton measured 7 millimetres of rain in the past day.",
            "Weather watcher Peter Lane of Ash Grove, Barford measured 11 millimetres of rain in the past day.",
            "Weather watcher Lucy Ford of Hill Top, Marston measured 3 millimetres of rain in the past day.",
            "Weather watcher Dev Shah of Park View, Sutton measured 6 millimetres of rain in the past day.",
            "Weather watcher Kate Webb of Low Farm, Denby measured 8 millimetres of rain in the past day.",
            "Weather watcher Bill Hunt of Orchard Way, Colby measured 10 millimetres of rain in the past day.",
            "Weather watcher Jo King of Bridge End, Ripley measured 5 millimetres of rain in the past day.");
    private static final String UNSEEN = "Weather watcher Alan Price of Quarry Lane, Foxton measured 13 millimetres of rain in the past day.";

    private static final long WAIT_NANOS = 20_000_000_000L;

    @TempDir
    Path tmp;

    /** A short local news story with {@code plug} before its last paragraph. */
    private static byte[] story(int n, String plug) {
        return String.join("\n\n",
                "Council approves new cycle lanes on Harbour Road (" + n + ")",
                "Councillors voted by 31 to 12 on Tuesday to build protected cycle lanes along Harbour Road, the council said.",
                "The scheme will cost about 2.4 million pounds and work is due to start in the spring, officials said.",
                "Shopkeepers told the meeting they feared losing parking spaces outside their businesses.",
                plug,
                "A public consultation on the design will run for six weeks, according to the council's transport committee.")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> texts(JsonNode items) {
        List<String> out = new ArrayList<>();
        items.forEach(n -> out.add(n.isTextual() ? n.asText() : n.path("text").asText()));
        return out;
    }

    @Test
    void removalsByHandTeachTheDesksModelWhichTheNextArticleUsesWithoutARestart() throws Exception {
        Path home = Distribution.copy(Distribution.home(), tmp.resolve("copydesk"));
        Path desk = Files.createDirectories(home.resolve("config/desks/local"));
        Files.writeString(desk.resolve("desk.properties"), "description=A local paper's desk\nfeatures=standard\n");
        Path examples = desk.resolve("strip-examples.jsonl");

        try (WorkbenchClient wb = new WorkbenchClient(home, tmp, "--desk", "local")) {
            List<String> names = new ArrayList<>();
            List<byte[]> files = new ArrayList<>();
            for (int i = 0; i < PLUGS.size(); i++) {
                names.add("council-" + i + ".txt");
                files.add(story(i, PLUGS.get(i)));
            }
            names.add("control.txt");
            files.add(story(99, UNSEEN));
            List<String> ids = wb.importFiles(names, files);
            assertEquals(PLUGS.size() + 1, ids.size());
            JsonNode control = wb.call("GET", "api/articles/" + ids.get(PLUGS.size()), null);
            assertTrue(texts(control.at("/article/body")).contains(UNSEEN), "the shipped model keeps the plug: " + control.at("/article/removed"));

            for (int i = 0; i < PLUGS.size(); i++) {
                JsonNode a = wb.call("GET", "api/articles/" + ids.get(i), null);
                int at = texts(a.at("/article/body")).indexOf(PLUGS.get(i));
                assertTrue(at >= 0, "the plug is in the body before the editor acts: " + a.at("/article/removed"));
                JsonNode after = wb.call("POST", "api/articles/" + ids.get(i) + "/edit",
                        "{\"op\":\"removeParagraph\",\"paragraph\":" + at + ",\"reason\":\"promo\",\"base\":" + a.at("/history/version") + "}");
                assertTrue(texts(after.at("/article/removed")).contains(PLUGS.get(i)));
            }
            List<String> lines = Files.readAllLines(examples);
            assertEquals(PLUGS.size(), lines.size(), "one line per removal: " + lines);
            JsonNode first = WorkbenchClient.JSON.readTree(lines.get(0));
            assertEquals(PLUGS.get(0), first.path("text").asText());
            assertEquals("promo", first.path("label").asText());
            assertTrue(first.path("source").asText().matches("workbench remove r\\d+ " + ids.get(0) + " 20\\d\\d-.*"), first.toString());

            Distribution.Run train = Distribution.cli(home, tmp, "--desk", "local", "strip-train");
            assertEquals(0, train.status(), train.out() + train.err());
            assertTrue(train.out().contains(PLUGS.size() + " examples from " + examples), train.out());
            Path jar = home.resolve("deploy/strip-model-local.jar");
            assertTrue(train.out().contains("deployed: org.copydesk.model.strip.local is on the trust list of desk 'local'"), train.out());
            assertTrue(Files.readString(desk.resolve("org.copydesk.trust.config")).contains("org.copydesk.model.strip.local;sha256:"));

            JsonNode removal = removalOf(wb, UNSEEN, true);
            assertEquals("model", removal.path("rule").asText());
            // the default threshold 0.93, or 0.86 when the words alone are sure (docs/strip.md)
            assertTrue(removal.path("confidence").asDouble() >= 0.86, removal.toString());

            // a newer strip model bundle trained with other features: dropped in first, trusted after
            Path misfit = otherFeatureSet(jar, home.resolve("deploy/strip-model-misfit.jar"));
            String list = Files.readString(desk.resolve("org.copydesk.trust.config")).strip();
            Files.writeString(desk.resolve("org.copydesk.trust.config"), list.substring(0, list.length() - 1)
                    + ",\"org.copydesk.model.strip.misfit;sha256:" + sha256(misfit) + "\"]\n");
            Path err = tmp.resolve("workbench-err.txt");
            long t0 = System.nanoTime();
            while (!Files.readString(err).contains("refused strip model org.copydesk.model.strip.misfit 9.0.0")) {
                assertTrue(System.nanoTime() - t0 < WAIT_NANOS, "no refusal said: " + Files.readString(err));
                Thread.sleep(100);
            }
            assertTrue(Files.readString(err).contains("it was trained with feature set paragraph-0, this strip stage uses"),
                    Files.readString(err));
            assertEquals("model", removalOf(wb, UNSEEN, true).path("rule").asText(), "the refused bundle never serves");

            Files.delete(jar);
            assertEquals(null, removalOf(wb, UNSEEN, false), "the desk's bundle went: the shipped model keeps the plug");
        }
    }

    /**
     * The removal of {@code text} from a newly imported story with it, waiting (importing again) until
     * it is removed ({@code removed}) or kept; null when kept.
     */
    private JsonNode removalOf(WorkbenchClient wb, String text, boolean removed) throws Exception {
        long t0 = System.nanoTime();
        for (int n = 100; ; n++) {
            String id = wb.importFiles(List.of("next-" + n + ".txt"), List.of(story(n, text))).get(0);
            JsonNode next = wb.call("GET", "api/articles/" + id, null);
            JsonNode removal = null;
            for (JsonNode r : next.at("/article/removed")) {
                removal = r.path("text").asText().equals(text) ? r : removal;
            }
            if ((removal != null) == removed) {
                assertEquals(removed ? 1 : 0, next.at("/article/removed").size(), "no news line lost: " + next.at("/article"));
                return removal;
            }
            assertTrue(System.nanoTime() - t0 < WAIT_NANOS, "not " + (removed ? "removed" : "kept") + " in time: " + next.at("/article"));
            Thread.sleep(200);
        }
    }

    /** The desk's bundle as a newer one named misfit whose model claims another feature set. */
    private static Path otherFeatureSet(Path jar, Path out) throws Exception {
        Path scratch = out.resolveSibling(".misfit.part"); // FileInstall looks at *.jar only
        try (JarFile in = new JarFile(jar.toFile())) {
            Manifest m = in.getManifest();
            m.getMainAttributes().putValue("Bundle-SymbolicName", "org.copydesk.model.strip.misfit");
            m.getMainAttributes().putValue("Bundle-Version", "9.0.0");
            try (JarOutputStream o = new JarOutputStream(Files.newOutputStream(scratch), m)) {
                String file = m.getMainAttributes().getValue("Copydesk-Model-File");
                String model;
                try (GZIPInputStream gz = new GZIPInputStream(in.getInputStream(in.getJarEntry(file)))) {
                    model = new String(gz.readAllBytes(), StandardCharsets.UTF_8);
                }
                o.putNextEntry(new JarEntry(file));
                GZIPOutputStream gz = new GZIPOutputStream(o);
                gz.write(model.replaceFirst("\nfeatures \\S+\n", "\nfeatures paragraph-0\n").getBytes(StandardCharsets.UTF_8));
                gz.finish();
                o.closeEntry();
            }
        }
        return Files.move(scratch, out);
    }

    private static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }
}
