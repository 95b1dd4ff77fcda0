package org.copydesk.strip.rules.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.copydesk.strip.rules.internal.model.DeskExample;
import org.copydesk.strip.rules.internal.model.ExamplesFile;
import org.copydesk.strip.rules.internal.model.FeatureVector;
import org.copydesk.strip.rules.internal.model.LabelledArticle;
import org.copydesk.strip.rules.internal.model.ModelTrainer;
import org.copydesk.strip.rules.internal.model.ParagraphModel;
import org.copydesk.strip.rules.internal.model.TrainingSets;

/**
 * Retrains the paragraph model for one desk: the shipped training sets plus the desk's examples
 * ({@link ExamplesFile}), then reports how the new model and the bundled one judge the desk's examples
 * held out of training, and writes the model file (atomically, so a running stage never reads half
 * of one).
 */
final class DeskTraining {
    private DeskTraining() {
    }

    /** The exit status: 0 written, 1 nothing to learn from, 2 a file could not be read or written. */
    static int run(Path examplesFile, Path modelFile, double threshold, PrintStream out, PrintStream err) {
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
        List<LabelledArticle> shipped = TrainingSets.shipped();
        ModelTrainer.Result r = ModelTrainer.train(shipped, examples);
        int first = r.examples().size() - examples.size();
        int[] held = new int[3];
        int[] bundled = new int[3];
        ParagraphModel before = ModelSource.of(ModelPass.BUNDLED, null).current();
        for (int k = 0; k < examples.size(); k++) {
            ModelTrainer.Example e = r.examples().get(first + k);
            FeatureVector v = e.features();
            count(held, ModelPass.removes(v, r.outOfFold()[first + k], r.outOfFoldWords()[first + k], threshold), e.boilerplate());
            count(bundled, ModelPass.removes(v, before.probability(v), before.wordsProbability(v), threshold), e.boilerplate());
        }
        out.printf("  the desk's examples, held out of training, at threshold %.2f: new model %s; bundled model %s%n",
                threshold, figures(held), figures(bundled));
        try {
            Path dir = modelFile.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = dir.resolve("." + modelFile.getFileName() + ".tmp"); // beside it, so the move is atomic
            try (OutputStream o = Files.newOutputStream(tmp)) {
                r.model().write(o);
            }
            Files.move(tmp, modelFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            err.println("strip-train: cannot write the model " + modelFile + " (" + e.getMessage() + ")");
            return 2;
        }
        out.printf("  wrote %s (%d paragraphs of training); a desk whose strip setting names this file"
                + " (model=\"...\") uses it from its next article%n", modelFile, r.examples().size());
        return 0;
    }

    private static void count(int[] c, boolean cut, boolean gold) {
        c[0] += cut && gold ? 1 : 0;
        c[1] += cut && !gold ? 1 : 0;
        c[2] += !cut && gold ? 1 : 0;
    }

    private static String figures(int[] c) {
        double p = c[0] + c[1] == 0 ? 1 : c[0] / (double) (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 1 : c[0] / (double) (c[0] + c[2]);
        return String.format("P %.3f R %.3f (removes %d of the boilerplate, %d article lines)", p, r, c[0], c[1]);
    }
}
