package org.copydesk.strip.rules.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.copydesk.models.ModelDeployment;
import org.copydesk.models.ModelJars;
import org.copydesk.strip.rules.internal.model.DeskExample;
import org.copydesk.strip.rules.internal.model.ExamplesFile;
import org.copydesk.strip.rules.internal.model.FeatureVector;
import org.copydesk.strip.rules.internal.model.LabelledArticle;
import org.copydesk.strip.rules.internal.model.ModelTrainer;
import org.copydesk.strip.rules.internal.model.ParagraphFeatures;
import org.copydesk.strip.rules.internal.model.ParagraphModel;
import org.copydesk.strip.rules.internal.model.TrainingSets;
import org.osgi.framework.Version;

/**
 * Retrains the paragraph model for one desk: the shipped training sets plus the desk's examples
 * ({@link ExamplesFile}), then reports how the new model and the shipped one judge the desk's examples
 * held out of training, and writes a strip model bundle ({@code Copydesk-Model: strip}; the jar
 * appears whole or not at all) with metadata: the feature set, the training data and those figures.
 */
final class DeskTraining {
    /** The model file's name inside the bundle. */
    static final String MODEL_FILE = "paragraph-model.gz";
    private static final ObjectMapper JSON = new ObjectMapper();

    private DeskTraining() {
    }

    /** The exit status: 0 written, 1 nothing to learn from, 2 a file could not be read or written. */
    static int run(Path examplesFile, Path jar, String symbolicName, double threshold, PrintStream out, PrintStream err) {
        List<DeskExample> examples;
        try {
            examples = ExamplesFile.read(examplesFile, err::println);
        } catch (IOException e) {
            err.println("strip-train: cannot read the examples file " + examplesFile + " (" + e.getMessage() + ")");
            return 2;
        }
        if (examples.isEmpty()) {
            err.println("strip-train: " + examplesFile + " has no examples");
            return 1;
        }
        long boiler = examples.stream().filter(DeskExample::boilerplate).count();
        out.printf("strip-train: %d examples from %s (%d boilerplate, %d article text)%n",
                examples.size(), examplesFile, boiler, examples.size() - boiler);
        TrainingSets.Weighted weighted = TrainingSets.shipped();
        List<LabelledArticle> shipped = weighted.articles();
        ModelTrainer.Result r = ModelTrainer.train(shipped, examples, weighted.weights());
        int first = r.examples().size() - examples.size();
        int[] held = new int[3];
        int[] bundled = new int[3];
        ParagraphModel before = ModelSource.shipped();
        for (int k = 0; k < examples.size(); k++) {
            ModelTrainer.Example e = r.examples().get(first + k);
            FeatureVector v = e.features();
            count(held, ModelPass.removes(v, r.outOfFold()[first + k], r.outOfFoldWords()[first + k], threshold), e.boilerplate());
            count(bundled, ModelPass.removes(v, before.probability(v), before.wordsProbability(v), threshold), e.boilerplate());
        }
        out.printf("  the desk's examples, held out of training, at threshold %.2f: new model %s; shipped model %s%n",
                threshold, figures(held), figures(bundled));
        try {
            String when = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
            ObjectNode meta = JSON.createObjectNode().put("kind", StripTrainCommand.KIND)
                    .put("featureSet", ParagraphFeatures.FEATURE_SET).put("trained", when)
                    .put("paragraphs", r.examples().size()).put("threshold", threshold);
            meta.putArray("training").addAll(TrainingSets.NAMES.stream()
                    .map(n -> JSON.createObjectNode().put("file", n).put("shipped", true)).toList())
                    .add(JSON.createObjectNode().put("file", examplesFile.toString()).put("examples", examples.size())
                            .put("sha256", ModelDeployment.sha256(examplesFile)));
            meta.putObject("heldOut").<ObjectNode>set("new", json(held)).set("shipped", json(bundled));
            ByteArrayOutputStream model = new ByteArrayOutputStream();
            r.model().write(model);
            ModelJars.write(jar, StripTrainCommand.KIND, symbolicName, new Version(1, 0, 0, when), MODEL_FILE,
                    model.toByteArray(), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(meta) + "\n");
        } catch (IOException e) {
            err.println("strip-train: cannot write the model bundle " + jar + " (" + e.getMessage() + ")");
            return 2;
        }
        out.printf("  wrote the strip model bundle %s (%s, %d paragraphs of training)%n", jar, symbolicName, r.examples().size());
        return 0;
    }

    private static void count(int[] c, boolean cut, boolean gold) {
        c[0] += cut && gold ? 1 : 0;
        c[1] += cut && !gold ? 1 : 0;
        c[2] += !cut && gold ? 1 : 0;
    }

    private static double precision(int[] c) {
        return c[0] + c[1] == 0 ? 1 : c[0] / (double) (c[0] + c[1]);
    }

    private static double recall(int[] c) {
        return c[0] + c[2] == 0 ? 1 : c[0] / (double) (c[0] + c[2]);
    }

    private static String figures(int[] c) {
        return String.format("P %.3f R %.3f (removes %d of the boilerplate, %d article lines)", precision(c), recall(c), c[0], c[1]);
    }

    private static ObjectNode json(int[] c) {
        return JSON.createObjectNode().put("precision", precision(c)).put("recall", recall(c))
                .put("removed", c[0]).put("articleLinesRemoved", c[1]).put("missed", c[2]);
    }
}
