package org.copydesk.strip.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.copydesk.models.ModelBundle;
import org.copydesk.models.ModelDeployment;
import org.copydesk.models.ModelJars;
import org.copydesk.strip.rules.internal.model.FeatureVector;
import org.copydesk.strip.rules.internal.model.ParagraphFeatures;
import org.copydesk.strip.rules.internal.model.ParagraphModel;
import org.copydesk.strip.rules.internal.model.TrainingSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A desk teaches the model its own boilerplate: a sports desk's site closes match reports with a
 * fan-poll plug the shipped model has never seen, and its editors removed it by hand a dozen times
 * (and restored sports lines about polls and votes).
 */
class StripTrainTest {
    static final List<String> PLUGS = List.of(
            "Who was your star man today? Cast your vote in our fan poll and see how other supporters rated the team.",
            "Rate the players out of ten in our fan poll and see how your scores compare with other supporters.",
            "Who impressed you most? Cast your vote in our player ratings poll now.",
            "Give the players your marks out of ten: our fan poll closes at midnight.",
            "Cast your vote for the man of the match in our fan poll below.",
            "How did the team do? Rate every player in our fan poll and compare your scores with other fans.",
            "Your verdict: cast your vote in our supporters' poll and rate the players out of ten.",
            "Fan poll: who was the pick of the bunch? Cast your vote and see the results.",
            "Rate the players in our fan poll. Results are published on Monday morning.",
            "Who deserved the plaudits? Give your marks out of ten in our fan poll.",
            "Vote now in our fan poll: rate every player from one to ten.",
            "See how your ratings compare: cast your vote in the fan poll before midnight.");
    static final List<String> NEWS = List.of(
            "Supporters voted the striker the club's player of the season in a poll of season-ticket holders.",
            "The manager said he never looked at fan polls or player ratings in the newspapers.",
            "More than 8,000 fans cast their votes in the club's poll on a new kit design.",
            "The captain was rated the best player on the pitch by the television pundits.",
            "The league will poll clubs on whether to bring in a winter break next season.",
            "Fans marched to the ground before kick-off to protest against ticket prices.",
            "The goalkeeper made three fine saves in the first half to keep his side level.",
            "The club said it would consult supporters before any change to the badge.");

    static Path examples(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        String before = "The visitors had the better of the second half and deserved their equaliser, the home manager said.";
        for (String p : PLUGS) {
            lines.add("{\"text\": \"" + p + "\", \"label\": \"promo\", \"neighbours\": {\"before\": [\"" + before
                    + "\"], \"after\": []}, \"position\": 11, \"paragraphs\": 12, \"source\": \"workbench remove\"}");
        }
        for (String p : NEWS) {
            lines.add("{\"text\": \"" + p + "\", \"label\": \"keep\", \"source\": \"workbench restore\"}");
        }
        lines.add("{\"text\": \"no label\"}");
        lines.add("not json");
        Path f = dir.resolve("strip-examples.jsonl");
        Files.write(f, lines, StandardCharsets.UTF_8);
        return f;
    }

    /** The model a strip model bundle carries. */
    static ParagraphModel model(Path jar) throws IOException {
        try (InputStream in = ModelJars.read(jar).openModel()) {
            return ParagraphModel.read(in, jar.toString());
        }
    }

    @Test
    void aDeskModelLearnsTheDesksBoilerplateAndReportsHeldOutFigures(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("sport-model.jar");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = DeskTraining.run(examples(dir), jar, "org.copydesk.model.strip.sport", ModelPass.DEFAULT_THRESHOLD,
                new PrintStream(out, true), new PrintStream(err, true));
        assertEquals(0, status, err.toString());
        String report = out.toString();
        assertTrue(report.contains("20 examples") && report.contains("12 boilerplate, 8 article text"), report);
        assertTrue(report.contains("held out of training") && report.contains("new model P"), report);
        assertTrue(err.toString().contains("strip-examples.jsonl line 21: an example needs a text and a label"), err.toString());
        assertTrue(err.toString().contains("strip-examples.jsonl line 22: not a JSON object; skipped"), err.toString());

        ModelBundle bundle = ModelJars.read(jar);
        assertEquals("strip", bundle.kind());
        assertEquals("org.copydesk.model.strip.sport", bundle.symbolicName());
        JsonNode meta = new ObjectMapper().readTree(bundle.metadata());
        assertEquals(ParagraphFeatures.FEATURE_SET, meta.path("featureSet").asText());
        assertEquals(20, meta.at("/training/" + TrainingSets.NAMES.size() + "/examples").asInt());
        assertEquals(64, meta.at("/training/" + TrainingSets.NAMES.size() + "/sha256").asText().length());
        assertTrue(meta.at("/heldOut/new/recall").isNumber(), meta.toString());

        // a variant of the desk's plugs; the strip8 model took an earlier one ("Think you know better than the pundits? Cast your
        // vote in our fan poll and rate the players.", 0.95): it has learnt more promos of its own
        String unseenPlug = "Who was your star man? Rate the players out of ten in the fan poll.";
        List<String> body = List.of(
                "The home side came from behind to win 2-1 with a header in stoppage time.",
                "The manager said his players had shown great character after a poor first half.",
                unseenPlug);
        FeatureVector v = ParagraphFeatures.of(body)[2];
        ParagraphModel desk = model(jar);
        ParagraphModel bundled = ModelSource.shipped();
        // the desk's model removes the plug, the shipped one (which has learnt quiz promos of its own) keeps it
        double t = ModelPass.DEFAULT_THRESHOLD;
        assertTrue(ModelPass.removes(v, desk.probability(v), desk.wordsProbability(v), t)
                        && !ModelPass.removes(v, bundled.probability(v), bundled.wordsProbability(v), t)
                        && desk.probability(v) > bundled.probability(v),
                "desk " + desk.probability(v) + " against bundled " + bundled.probability(v) + " (words " + bundled.wordsProbability(v) + ")");
        for (FeatureVector news : ParagraphFeatures.of(NEWS.subList(0, 3))) {
            assertTrue(desk.probability(news) < 0.5, "a news line about a poll: " + desk.probability(news));
        }
    }

    @Test
    void byDefaultTheCommandTrustsThenDeploysTheBundleForTheDesk(@TempDir Path dir) throws IOException {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve("config/desks/sport"));
        Files.copy(examples(dir), home.resolve("config/desks/sport/strip-examples.jsonl"));
        Path deploy = home.resolve("deploy");
        List<String> trusted = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        StripTrainCommand command = new StripTrainCommand(DeskFiles.of(home.toString(), "sport"), deploy, entry -> {
            assertFalse(Files.exists(deploy.resolve("strip-model-sport.jar")), "the jar waits for the trust list");
            return trusted.add(entry);
        });
        assertEquals(0, command.run(new String[] {"--desk", "sport", "strip-train"}, InputStream.nullInputStream(),
                new PrintStream(out, true), new PrintStream(err, true)), err.toString());
        Path jar = deploy.resolve("strip-model-sport.jar");
        assertEquals(List.of("org.copydesk.model.strip.sport;sha256:" + ModelDeployment.sha256(jar)), trusted);
        assertEquals(List.of("allowed=[\"" + trusted.get(0) + "\"]"),
                Files.readAllLines(home.resolve("config/desks/sport/org.copydesk.trust.config")));
        try (var files = Files.list(deploy)) {
            assertEquals(List.of(jar), files.toList(), "no scratch file left");
        }
        assertTrue(out.toString().contains("deployed: org.copydesk.model.strip.sport is on the trust list of desk 'sport'"), out.toString());

        Path elsewhere = dir.resolve("m.jar");
        out.reset();
        assertEquals(0, command.run(new String[] {"strip-train", "--out", elsewhere.toString(), "--name", "football"},
                InputStream.nullInputStream(), new PrintStream(out, true), new PrintStream(err, true)), err.toString());
        assertEquals("org.copydesk.model.strip.football", ModelJars.read(elsewhere).symbolicName());
        assertTrue(out.toString().contains("add \"org.copydesk.model.strip.football;sha256:" + ModelDeployment.sha256(elsewhere)), out.toString());
        assertEquals(1, trusted.size(), "--out writes the jar and deploys nothing");
    }

    @Test
    void theCommandNamesItsMistakes(@TempDir Path dir) {
        StripTrainCommand command = new StripTrainCommand(DeskFiles.of(dir.toString(), "default"), dir.resolve("deploy"), e -> true);
        for (String[] args : List.of(new String[] {"strip-train", "--frobnicate"}, new String[] {"strip-train", "--name", "a b"})) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = command.run(args, InputStream.nullInputStream(), new PrintStream(new ByteArrayOutputStream(), true),
                    new PrintStream(err, true));
            assertEquals(2, status);
            assertTrue(err.toString().startsWith("copydesk strip-train: " + (args[1].equals("--name") ? "--name takes letters"
                    : "unknown argument '--frobnicate'")), err.toString());
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, command.run(new String[0], InputStream.nullInputStream(), new PrintStream(new ByteArrayOutputStream(), true),
                new PrintStream(err, true)), "no examples file: " + err);
    }
}
