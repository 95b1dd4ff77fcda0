package org.copydesk.entities.tagger.internal;

import org.copydesk.api.SharedData;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains the bundled model: the CC BY and public-domain training files of ../shared/data (MEANTIME,
 * GUM news, GUM academic and court, re3d; wikigold is share-alike and stays out), the epoch chosen
 * on the same corpora's dev files, the mean of {@link #SHUFFLES} perceptrons trained on different
 * sentence orders. Deterministic. From the repository root:
 * <pre>mvn -B -q -pl bundles/entities-tagger -am process-test-classes -Pner-train [-Dexec.args="EPOCHS [OUT [SHUFFLES]]"]</pre>
 */
public final class TrainDefault {
    static final List<String> CORPORA = List.of("meantime", "gum-news", "gum-other", "re3d");
    static final int SHUFFLES = 3;

    public static void main(String[] args) throws IOException {
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path module = Files.isDirectory(Path.of("bundles/entities-tagger")) ? Path.of("bundles/entities-tagger") : Path.of(".");
        Path out = args.length > 1 ? Path.of(args[1])
                : module.resolve("src/main/resources/org/copydesk/entities/tagger/internal/" + PerceptronNameFinder.MODEL);
        List<LabelledDocument> train = new ArrayList<>();
        List<LabelledDocument> dev = new ArrayList<>();
        for (String c : CORPORA) {
            train.addAll(ConllReader.read(SharedData.root().resolve("data").resolve(c + "-ner.train.conll")));
            dev.addAll(ConllReader.read(SharedData.root().resolve("data").resolve(c + "-ner.dev.conll")));
        }
        int shuffles = args.length > 2 ? Integer.parseInt(args[2]) : SHUFFLES;
        Trainer.Result r = Trainer.train(train, dev, epochs, shuffles, System.out);
        try (OutputStream o = Files.newOutputStream(out)) {
            r.model().write(o);
        }
        System.out.printf("epoch %d chosen; model: %d buckets with weights, %d bytes -> %s%n", r.epoch(), r.model().features(),
                Files.size(out), out);
        System.out.print(r.dev().table());
        for (String f : DevScores.DEV) {
            System.out.println(DevScores.row(f, Trainer.score(r.model(), ConllReader.read(SharedData.root().resolve("data").resolve(f)))));
        }
    }
}
