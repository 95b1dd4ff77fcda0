package org.copydesk.strip.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.api.model.Article;
import org.copydesk.api.stage.ProcessContext;
import org.copydesk.strip.rules.internal.model.FeatureVector;
import org.copydesk.strip.rules.internal.model.ParagraphFeatures;
import org.copydesk.strip.rules.internal.model.ParagraphModel;
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

    @Test
    void aDeskModelLearnsTheDesksBoilerplateAndReportsHeldOutFigures(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("desks/sport/strip-model.gz");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = DeskTraining.run(examples(dir), model, ModelPass.DEFAULT_THRESHOLD, new PrintStream(out, true), new PrintStream(err, true));
        assertEquals(0, status, err.toString());
        String report = out.toString();
        assertTrue(report.contains("20 examples") && report.contains("12 boilerplate, 8 article text"), report);
        assertTrue(report.contains("held out of training") && report.contains("new model P"), report);
        assertTrue(err.toString().contains("strip-examples.jsonl line 21: an example needs a text and a label"), err.toString());
        assertTrue(err.toString().contains("strip-examples.jsonl line 22: not a JSON object; skipped"), err.toString());

        String unseenPlug = "Think you know better than the pundits? Cast your vote in our fan poll and rate the players.";
        List<String> body = List.of(
                "The home side came from behind to win 2-1 with a header in stoppage time.",
                "The manager said his players had shown great character after a poor first half.",
                unseenPlug);
        FeatureVector v = ParagraphFeatures.of(body)[2];
        ParagraphModel desk;
        try (InputStream in = Files.newInputStream(model)) {
            desk = ParagraphModel.read(in, model.toString());
        }
        ParagraphModel bundled = ModelSource.of(ModelPass.BUNDLED, null).current();
        assertTrue(desk.probability(v) > bundled.probability(v) + 0.1,
                "desk " + desk.probability(v) + " against bundled " + bundled.probability(v));
        for (FeatureVector news : ParagraphFeatures.of(NEWS.subList(0, 3))) {
            assertTrue(desk.probability(news) < 0.5, "a news line about a poll: " + desk.probability(news));
        }
    }

    @Test
    void aRetrainedModelFileTakesEffectOnTheNextArticle(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("strip-model.gz");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ModelPass.RESOURCE)) {
            Files.copy(in, model);
        }
        RuleStripper stripper = TestConfig.stripper(TestConfig.config(new String[] {"*"}, new String[0],
                "${copydesk.home}/config/strip", model.toString(), ModelPass.DEFAULT_THRESHOLD));
        Article a = ModelPassTest.article(ModelPassTest.BODY);
        assertEquals(5, stripper.process(a, ProcessContext.defaults()).body().size());
        // a desk model trained without the shipped sets' appeals would judge otherwise; here: rules only
        Files.writeString(model, "broken");
        Files.setLastModifiedTime(model, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertEquals(5, stripper.process(a, ProcessContext.defaults()).body().size(), "a broken file keeps the model in use");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, DeskTraining.run(examples(dir), model, ModelPass.DEFAULT_THRESHOLD, new PrintStream(out, true), new PrintStream(new ByteArrayOutputStream(), true)));
        List<String> withPlug = new ArrayList<>(ModelPassTest.BODY.subList(0, 5));
        withPlug.add("Think you know better than the pundits? Cast your vote in our fan poll and rate the players.");
        Article out2 = stripper.process(ModelPassTest.article(withPlug), ProcessContext.defaults());
        assertEquals(5, out2.body().size(), "the retrained model is used without a restart: " + out2.removed());
    }

    @Test
    void theCommandNamesItsMistakes() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new StripTrainCommand(new DeskFiles(java.nio.file.Path.of("."))).run(new String[] {"strip-train", "--frobnicate"}, InputStream.nullInputStream(),
                new PrintStream(new ByteArrayOutputStream(), true), new PrintStream(err, true));
        assertEquals(2, status);
        assertTrue(err.toString().startsWith("copydesk strip-train: unknown argument '--frobnicate'"), err.toString());
    }
}
