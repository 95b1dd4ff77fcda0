package org.copydesk.entities.tagger.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.copydesk.api.SharedData;
import org.copydesk.entities.common.Document;
import org.copydesk.entities.common.Gazetteer;
import org.copydesk.entities.common.GazetteerStore;

/**
 * Trains the bundled model: a structured averaged perceptron (Collins 2002) with Viterbi decoding
 * over the CC BY training files (GUM news and MEANTIME; wikigold is share-alike and stays out).
 * Deterministic: fixed shuffling seed. Usage, from the repository root:
 * <pre>mvn -B -q -pl bundles/entities-tagger -am process-test-classes -Pner-train [-Dexec.args="EPOCHS OUT TRAIN..."]</pre>
 */
public final class TrainModel {
    private final Map<Long, Integer> index = new HashMap<>();
    private float[] w = new float[1 << 16];
    private float[] u = new float[1 << 16];
    private final float[] tw = new float[(Labels.COUNT + 1) * Labels.COUNT];
    private final float[] tu = new float[tw.length];
    private int c = 1;

    record Example(long[][] features, int[] gold) {
    }

    public static void main(String[] args) throws IOException {
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        Path module = Files.isDirectory(Path.of("bundles/entities-tagger")) ? Path.of("bundles/entities-tagger") : Path.of(".");
        Path out = args.length > 1 ? Path.of(args[1])
                : module.resolve("src/main/resources/org/copydesk/entities/tagger/internal/" + PerceptronNameFinder.MODEL);
        List<Path> train = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            train.add(Path.of(args[i]));
        }
        if (train.isEmpty()) {
            Path data = SharedData.root().resolve("data");
            train = List.of(data.resolve("gum-news-ner.train.conll"), data.resolve("meantime-ner.train.conll"));
        }
        PerceptronModel model = train(ConllCorpus.read(train.toArray(Path[]::new)), epochs);
        try (OutputStream o = Files.newOutputStream(out)) {
            model.write(o);
        }
        System.out.printf("model: %d features, %d bytes -> %s%n", model.features(), Files.size(out), out);
    }

    static PerceptronModel train(ConllCorpus corpus, int epochs) {
        Gazetteer gazetteer = new GazetteerStore(null).current();
        List<Example> examples = new ArrayList<>();
        for (List<ConllCorpus.Sentence> d : corpus.docs()) {
            Document doc = ConllCorpus.document(d);
            for (int s = 0; s < d.size(); s++) {
                examples.add(new Example(Features.of(doc, s, gazetteer), d.get(s).labels()));
            }
        }
        TrainModel t = new TrainModel();
        Random random = new Random(20261124L);
        for (int e = 0; e < epochs; e++) {
            Collections.shuffle(examples, random);
            int errors = 0;
            for (Example x : examples) {
                errors += t.learn(x);
            }
            System.out.printf("epoch %d: %d token errors%n", e + 1, errors);
        }
        return t.averaged();
    }

    private int learn(Example x) {
        float[][] emissions = new float[x.gold.length][Labels.COUNT];
        for (int i = 0; i < x.gold.length; i++) {
            for (long f : x.features[i]) {
                Integer k = index.get(f);
                if (k != null) {
                    for (int y = 0; y < Labels.COUNT; y++) {
                        emissions[i][y] += w[k * Labels.COUNT + y];
                    }
                }
            }
        }
        int[] pred = Viterbi.decode(emissions, tw);
        int errors = 0;
        for (int i = 0; i < pred.length; i++) {
            int pg = i == 0 ? -1 : x.gold[i - 1];
            int pp = i == 0 ? -1 : pred[i - 1];
            if (pred[i] != x.gold[i]) {
                errors++;
                for (long f : x.features[i]) {
                    int k = slot(f);
                    update(w, u, k * Labels.COUNT + x.gold[i], 1);
                    update(w, u, k * Labels.COUNT + pred[i], -1);
                }
            }
            if (pred[i] != x.gold[i] || pg != pp) {
                update(tw, tu, (pg + 1) * Labels.COUNT + x.gold[i], 1);
                update(tw, tu, (pp + 1) * Labels.COUNT + pred[i], -1);
            }
        }
        c++;
        return errors;
    }

    private void update(float[] weights, float[] sums, int at, float delta) {
        weights[at] += delta;
        sums[at] += c * delta;
    }

    private int slot(long f) {
        Integer k = index.get(f);
        if (k == null) {
            k = index.size();
            index.put(f, k);
            if ((k + 1) * Labels.COUNT > w.length) {
                w = Arrays.copyOf(w, w.length * 2);
                u = Arrays.copyOf(u, u.length * 2);
            }
        }
        return k;
    }

    /** Averaged weights (w - u / c, Daume's trick), dropping the ones too small to matter. */
    private PerceptronModel averaged() {
        long[] keys = index.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        List<Long> kept = new ArrayList<>();
        int[] first = new int[keys.length + 1];
        byte[] labels = new byte[keys.length * Labels.COUNT];
        float[] weights = new float[labels.length];
        int m = 0;
        for (long key : keys) {
            int k = index.get(key);
            int before = m;
            for (int y = 0; y < Labels.COUNT; y++) {
                float a = w[k * Labels.COUNT + y] - u[k * Labels.COUNT + y] / c;
                if (Math.abs(a) >= 0.01f) {
                    labels[m] = (byte) y;
                    weights[m++] = a;
                }
            }
            if (m > before) {
                first[kept.size() + 1] = m;
                kept.add(key);
            }
        }
        float[] trans = new float[tw.length];
        for (int i = 0; i < tw.length; i++) {
            trans[i] = tw[i] - tu[i] / c;
        }
        return new PerceptronModel(kept.stream().mapToLong(Long::longValue).toArray(),
                Arrays.copyOf(first, kept.size() + 1), Arrays.copyOf(labels, m), Arrays.copyOf(weights, m), trans);
    }
}
