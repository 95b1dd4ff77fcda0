package org.copydesk.strip.rules.internal.model;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Trains the shipped paragraph model from the training sets on the class path and writes it. The
 * build runs it (bundles/strip-rules/pom.xml, phase process-classes) into the bundle's classes:
 *
 * <pre>java -cp ... org.copydesk.strip.rules.internal.model.TrainModel OUT.gz</pre>
 *
 * It reads nothing but the repository's own data, so a clone without ../shared builds the same model.
 */
public final class TrainModel {
    private TrainModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: TrainModel OUT.gz");
            System.exit(2);
        }
        TrainingSets.Weighted shipped = TrainingSets.shipped();
        List<LabelledArticle> articles = shipped.articles();
        long t0 = System.nanoTime();
        ModelTrainer.Result r = ModelTrainer.train(articles, List.of(), shipped.weights());
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            r.model().write(o);
        }
        System.out.printf("strip paragraph model: %d articles, %d paragraphs, trained in %.1f s -> %s (%d bytes)%n",
                articles.size(), r.examples().size(), (System.nanoTime() - t0) / 1e9, out, Files.size(out));
    }
}
