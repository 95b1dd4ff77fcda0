package org.copydesk.entities.tagger.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.copydesk.entities.common.Document;
import org.copydesk.entities.common.EntityAnnotator;
import org.copydesk.entities.common.Gazetteer;
import org.copydesk.entities.common.GazetteerStore;
import org.copydesk.entities.common.NameSpan;

/**
 * Trains the tagger: a structured averaged perceptron (Collins 2002) with Viterbi decoding over BILOU
 * labels. The weights live in one hashed table of 2^{@link PerceptronModel#BITS} buckets by label, so
 * memory does not grow with the data; features are computed afresh for each sentence in each epoch
 * rather than kept. After each epoch the averaged model tags the dev documents through the whole
 * stage (linking included), and the best epoch's model is the result. Deterministic: fixed shuffle seed.
 */
final class Trainer {
    private static final int L = Labels.COUNT;

    private final float[] w = new float[L << PerceptronModel.BITS];
    private final float[] u = new float[w.length];
    private final float[] tw = new float[(L + 1) * L];
    private final float[] tu = new float[tw.length];
    private int c = 1;
    private final Gazetteer gazetteer = new GazetteerStore(null).current();

    /** The chosen model and how it did on the dev documents (null without any). */
    record Result(PerceptronModel model, int epoch, NerCounts dev, int tokens) {
    }

    /** A training document, tokenised as the stage tokenises it, with its gold labels per sentence. */
    private record Sample(Document doc, int[][] labels) {
    }

    static Result train(List<LabelledDocument> train, List<LabelledDocument> dev, int epochs, PrintStream log) {
        return new Trainer().run(train, dev, epochs, log);
    }

    private Result run(List<LabelledDocument> train, List<LabelledDocument> dev, int epochs, PrintStream log) {
        List<Sample> samples = new ArrayList<>();
        List<int[]> order = new ArrayList<>(); // (sample, sentence)
        int tokens = 0;
        for (LabelledDocument d : train) {
            Document doc = Document.of(d.article());
            List<List<NameSpan>> spans = d.spans(doc);
            int[][] labels = new int[spans.size()][];
            for (int s = 0; s < labels.length; s++) {
                labels[s] = Labels.encode(spans.get(s), doc.unit(s).size());
                order.add(new int[] {samples.size(), s});
                tokens += labels[s].length;
            }
            samples.add(new Sample(doc, labels));
        }
        log.printf("training on %d documents, %d sentences, %d tokens%s%n", train.size(), order.size(), tokens,
                dev.isEmpty() ? "" : "; choosing the epoch on " + dev.size() + " dev documents");
        Random random = new Random(20261206L);
        Result best = null;
        for (int e = 1; e <= epochs; e++) {
            long t0 = System.nanoTime();
            Collections.shuffle(order, random);
            int errors = 0;
            // sentences come in shuffled order: keep the features objects (tokens and document facts) of
            // the documents seen last, a bounded number of them
            FeatureCache cache = new FeatureCache(gazetteer);
            for (int[] o : order) {
                Sample s = samples.get(o[0]);
                errors += learn(cache.of(o[0], s.doc()).unit(o[1]), s.labels()[o[1]]);
            }
            PerceptronModel model = averaged();
            String took = String.format("%.1f s", (System.nanoTime() - t0) / 1e9);
            if (dev.isEmpty()) {
                log.printf("epoch %d: %d token errors (%s)%n", e, errors, took);
                best = new Result(model, e, null, tokens);
                continue;
            }
            NerCounts score = score(model, dev);
            log.printf("epoch %d: %d token errors, dev PER+ORG+LOC F1 %.1f (%s)%n", e, errors, score.f1Three(), took);
            if (best == null || score.f1Three() > best.dev().f1Three()) {
                best = new Result(model, e, score, tokens);
            }
        }
        return best;
    }

    /** Features objects of the last few documents (they hold each document's tokens and facts). */
    private static final class FeatureCache extends java.util.LinkedHashMap<Integer, Features> {
        private final Gazetteer gazetteer;

        FeatureCache(Gazetteer gazetteer) {
            super(64, 0.75f, true);
            this.gazetteer = gazetteer;
        }

        Features of(int key, Document doc) {
            return computeIfAbsent(key, k -> new Features(doc, gazetteer));
        }

        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<Integer, Features> eldest) {
            return size() > 512;
        }
    }

    /** The whole stage, linking included, with this model on the dev documents. */
    static NerCounts score(PerceptronModel model, List<LabelledDocument> dev) {
        EntityAnnotator annotator = new EntityAnnotator(new PerceptronNameFinder(model), null, true);
        NerCounts counts = new NerCounts();
        for (LabelledDocument d : dev) {
            counts.add(d.gold(), annotator.annotate(d.article()));
        }
        return counts;
    }

    private int learn(long[][] features, int[] gold) {
        int n = gold.length;
        float[][] emissions = new float[n][L];
        int[][] buckets = new int[n][];
        for (int i = 0; i < n; i++) {
            buckets[i] = new int[features[i].length];
            for (int k = 0; k < features[i].length; k++) {
                int b = PerceptronModel.bucket(features[i][k]) * L;
                buckets[i][k] = b;
                for (int y = 0; y < L; y++) {
                    emissions[i][y] += w[b + y];
                }
            }
        }
        int[] pred = Viterbi.decode(emissions, tw);
        int errors = 0;
        for (int i = 0; i < n; i++) {
            int pg = i == 0 ? -1 : gold[i - 1];
            int pp = i == 0 ? -1 : pred[i - 1];
            if (pred[i] != gold[i]) {
                errors++;
                for (int b : buckets[i]) {
                    update(w, u, b + gold[i], 1);
                    update(w, u, b + pred[i], -1);
                }
            }
            if (pred[i] != gold[i] || pg != pp) {
                update(tw, tu, (pg + 1) * L + gold[i], 1);
                update(tw, tu, (pp + 1) * L + pred[i], -1);
            }
        }
        c++;
        return errors;
    }

    private void update(float[] weights, float[] sums, int at, float delta) {
        weights[at] += delta;
        sums[at] += c * delta;
    }

    /** The averaged weights (w - u / c) as a model; buckets with no weight are left out. */
    private PerceptronModel averaged() {
        int buckets = 1 << PerceptronModel.BITS;
        int[] keys = new int[1024];
        int[] first = new int[1025];
        byte[] labels = new byte[4096];
        float[] weights = new float[4096];
        int n = 0;
        int m = 0;
        for (int b = 0; b < buckets; b++) {
            int start = m;
            for (int y = 0; y < L; y++) {
                float a = w[b * L + y] - u[b * L + y] / c;
                if (Math.abs(a) > 1e-3f) {
                    if (m == labels.length) {
                        labels = java.util.Arrays.copyOf(labels, m * 2);
                        weights = java.util.Arrays.copyOf(weights, m * 2);
                    }
                    labels[m] = (byte) y;
                    weights[m++] = a;
                }
            }
            if (m > start) {
                if (n + 1 >= keys.length) {
                    keys = java.util.Arrays.copyOf(keys, keys.length * 2);
                    first = java.util.Arrays.copyOf(first, keys.length + 1);
                }
                keys[n] = b;
                first[n + 1] = m;
                n++;
            }
        }
        float[] t = new float[tw.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = tw[i] - tu[i] / c;
        }
        return new PerceptronModel(PerceptronModel.Header.current(), java.util.Arrays.copyOf(keys, n),
                java.util.Arrays.copyOf(first, n + 1), java.util.Arrays.copyOf(labels, m),
                java.util.Arrays.copyOf(weights, m), t);
    }
}
