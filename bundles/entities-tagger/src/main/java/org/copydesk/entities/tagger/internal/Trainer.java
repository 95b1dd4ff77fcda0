package org.copydesk.entities.tagger.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;

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
 * stage (linking included), and the best epoch's model is the result. With several shuffles, each
 * trains its own weights on its own sentence order and each epoch's model is their mean. Deterministic:
 * fixed shuffle seeds.
 */
final class Trainer {
    private static final int L = Labels.COUNT;
    private static final long SEED = 20261206L;

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
    private record Sample(Document doc, int[][] labels, float weight) {
    }

    /**
     * @param shuffles how many perceptrons to train, each on its own order of the sentences; their
     *     averaged weights are averaged again into the model (1: a plain averaged perceptron)
     */
    static Result train(List<LabelledDocument> train, List<LabelledDocument> dev, int epochs, int shuffles, PrintStream log) {
        return train(train, d -> 1, dev, epochs, shuffles, log);
    }

    /**
     * @param weight what a mistake on a document's sentences moves the weights by (1 as a rule; less
     *     for text that should teach its patterns without outvoting the corpora's conventions)
     */
    static Result train(List<LabelledDocument> train, ToDoubleFunction<LabelledDocument> weight,
            List<LabelledDocument> dev, int epochs, int shuffles, PrintStream log) {
        return new Trainer().run(train, weight, dev, epochs, shuffles, log);
    }

    private Result run(List<LabelledDocument> train, ToDoubleFunction<LabelledDocument> weight,
            List<LabelledDocument> dev, int epochs, int shuffles, PrintStream log) {
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
            samples.add(new Sample(doc, labels, (float) weight.applyAsDouble(d)));
        }
        log.printf("training on %d documents, %d sentences, %d tokens%s%n", train.size(), order.size(), tokens,
                dev.isEmpty() ? "" : "; choosing the epoch on " + dev.size() + " dev documents");
        // each shuffle trains its own perceptron; each epoch's model is the mean of the shuffles' averaged
        // weights at that epoch (parameter mixing, McDonald et al. 2010): on small mixed corpora how
        // well a model does on unseen text swings by a point or two with the sentence order alone
        // (docs/entities.md), and the mean of a few orders swings less
        List<List<Weights>> byEpoch = new ArrayList<>();
        for (int e = 0; e < epochs; e++) {
            byEpoch.add(new ArrayList<>());
        }
        for (int shuffle = 0; shuffle < shuffles; shuffle++) {
            // the first order is the one a plain perceptron (one shuffle) has always had
            Random random = new Random(SEED + shuffle);
            List<int[]> sequence = new ArrayList<>(order);
            reset();
            for (int e = 1; e <= epochs; e++) {
                long t0 = System.nanoTime();
                Collections.shuffle(sequence, random);
                int errors = 0;
                // sentences come in shuffled order: keep the features objects (tokens and document facts) of
                // the documents seen last, a bounded number of them
                FeatureCache cache = new FeatureCache(gazetteer);
                for (int[] o : sequence) {
                    Sample s = samples.get(o[0]);
                    errors += learn(cache.of(o[0], s.doc()).unit(o[1]), s.labels()[o[1]], s.weight());
                }
                byEpoch.get(e - 1).add(averaged());
                log.printf("%sepoch %d: %d token errors (%.1f s)%n",
                        shuffles > 1 ? "shuffle " + (shuffle + 1) + " of " + shuffles + ", " : "", e, errors,
                        (System.nanoTime() - t0) / 1e9);
            }
        }
        Result best = null;
        for (int e = 1; e <= epochs; e++) {
            PerceptronModel model = mean(byEpoch.get(e - 1));
            byEpoch.set(e - 1, null);
            if (dev.isEmpty()) {
                best = new Result(model, e, null, tokens);
                continue;
            }
            NerCounts score = score(model, dev);
            log.printf("epoch %d: dev PER+ORG+LOC F1 %.1f%n", e, score.f1Three());
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

    private int learn(long[][] features, int[] gold, float weight) {
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
                    update(w, u, b + gold[i], weight);
                    update(w, u, b + pred[i], -weight);
                }
            }
            if (pred[i] != gold[i] || pg != pp) {
                update(tw, tu, (pg + 1) * L + gold[i], weight);
                update(tw, tu, (pp + 1) * L + pred[i], -weight);
            }
        }
        c++;
        return errors;
    }

    private void update(float[] weights, float[] sums, int at, float delta) {
        weights[at] += delta;
        sums[at] += c * delta;
    }

    /** One shuffle's averaged weights at one epoch, sparse: table index (bucket * L + label) -> weight; and the transitions. */
    private record Weights(int[] at, float[] weights, float[] transitions) {
    }

    private void reset() {
        Arrays.fill(w, 0);
        Arrays.fill(u, 0);
        Arrays.fill(tw, 0);
        Arrays.fill(tu, 0);
        c = 1;
    }

    /** The averaged weights (w - u / c); entries with no weight are left out. */
    private Weights averaged() {
        int[] at = new int[4096];
        float[] weights = new float[4096];
        int m = 0;
        for (int i = 0; i < w.length; i++) {
            float a = w[i] - u[i] / c;
            if (Math.abs(a) > 1e-3f) {
                if (m == at.length) {
                    at = Arrays.copyOf(at, m * 2);
                    weights = Arrays.copyOf(weights, m * 2);
                }
                at[m] = i;
                weights[m++] = a;
            }
        }
        float[] t = new float[tw.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = tw[i] - tu[i] / c;
        }
        return new Weights(Arrays.copyOf(at, m), Arrays.copyOf(weights, m), t);
    }

    /** The mean of the shuffles' weights as a model (after training: the live table serves as scratch). */
    private PerceptronModel mean(List<Weights> parts) {
        Arrays.fill(w, 0);
        float[] t = new float[tw.length];
        for (Weights p : parts) {
            for (int i = 0; i < p.at().length; i++) {
                w[p.at()[i]] += p.weights()[i] / parts.size();
            }
            for (int i = 0; i < t.length; i++) {
                t[i] += p.transitions()[i] / parts.size();
            }
        }
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
                float a = w[b * L + y];
                if (Math.abs(a) > 1e-3f) {
                    if (m == labels.length) {
                        labels = Arrays.copyOf(labels, m * 2);
                        weights = Arrays.copyOf(weights, m * 2);
                    }
                    labels[m] = (byte) y;
                    weights[m++] = a;
                }
            }
            if (m > start) {
                if (n + 1 >= keys.length) {
                    keys = Arrays.copyOf(keys, keys.length * 2);
                    first = Arrays.copyOf(first, keys.length + 1);
                }
                keys[n] = b;
                first[n + 1] = m;
                n++;
            }
        }
        return new PerceptronModel(PerceptronModel.Header.current(), Arrays.copyOf(keys, n), Arrays.copyOf(first, n + 1),
                Arrays.copyOf(labels, m), Arrays.copyOf(weights, m), t);
    }
}
