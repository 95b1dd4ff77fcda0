package org.copydesk.strip.rules.internal.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Trains a {@link ParagraphModel} from labelled articles, reproducibly: every shuffle uses a fixed
 * seed, so the same data gives the same model byte for byte.
 *
 * <ol>
 *   <li>The articles are dealt into {@link #FOLDS} folds (whole articles, so no article is both
 *       trained on and scored). A regression trained on the other folds scores each fold, so every
 *       paragraph has an out-of-fold margin: a score on text the model did not see.</li>
 *   <li>Platt scaling fits a sigmoid to those margins, so the probabilities hold on unseen text;
 *       the calibrated out-of-fold probabilities are the figures the trainer reports.</li>
 *   <li>The final regression is trained on every article, and an averaged perceptron on the
 *       boilerplate paragraphs learns the reasons.</li>
 * </ol>
 */
public final class ModelTrainer {
    static final int FOLDS = 5;
    static final long SEED = 19;
    private static final int EPOCHS = 20;
    private static final double RATE = 0.2;
    private static final double L2 = 1e-4;
    private static final int REASON_EPOCHS = 10;
    /**
     * The reason weights are rounded to two decimal places (multiplied by this, rounded, divided):
     * written as text, their full float digits were most of the model file (2.42 MB, over the 2 MB it
     * should stay under), and rounded to three places the perceptron named the same reason for every paragraph
     * of the training sets (strip16, docs/strip.md). Since strip20 two places: with 1,687 articles three gave 2,152,461
     * bytes, over 2 MB again, and two give every boilerplate paragraph of the training sets the reason three gave, with
     * the same probabilities. The regression's weights, which decide removals, are kept whole.
     */
    static final double REASON_PLACES = 1e2;

    /** A labelled paragraph with its features: paragraph {@code index} of article {@code article}. */
    public record Example(FeatureVector features, boolean boilerplate, String label, int article, int index) {
    }

    /** A model, its examples in training order and the calibrated out-of-fold probability of each. */
    public record Result(ParagraphModel model, List<Example> examples, double[] outOfFold, double[] outOfFoldWords) {
    }

    private ModelTrainer() {
    }

    public static Result train(List<LabelledArticle> articles) {
        return train(articles, List.of());
    }

    /**
     * The least share of the loss a desk's examples take together: an editor's restore or removal on the desk's
     * own pages is the surest word on what the desk calls boilerplate, and counted once each, twenty of them
     * weighed too little against the shipped paragraphs for a desk's plug to pass the threshold. A share, not a
     * fixed count, so that learning more shipped sets does not dilute a desk's word (a fixed three, then eight
     * times had to be raised as the sets grew: docs/strip.md, "Strip18", "Strip19").
     */
    static final double DESK_SHARE = 0.01;

    /** How many times each of {@code n} desk examples counts against shipped paragraphs weighing {@code shipped}: at least once. */
    static double deskWeight(double shipped, int n) {
        return n == 0 ? 1 : Math.max(1, DESK_SHARE * shipped / n);
    }

    /**
     * Trains on labelled articles and a desk's examples. Each example is held out of training as a
     * group of its own, so the out-of-fold figures cover the desk's examples too; they follow the
     * articles in {@link Result#examples()}, with article indexes from {@code articles.size()} on.
     */
    public static Result train(List<LabelledArticle> articles, List<DeskExample> desk) {
        return train(articles, desk, null);
    }

    /**
     * As {@link #train(List, List)}, each article's paragraphs counting {@code weights[a]} times in the
     * regression's loss (null: once each); a desk's examples together at least {@link #DESK_SHARE} of the
     * articles' weight ({@link #deskWeight}).
     */
    public static Result train(List<LabelledArticle> articles, List<DeskExample> desk, double[] weights) {
        List<Example> examples = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            LabelledArticle art = articles.get(a);
            FeatureVector[] fs = ParagraphFeatures.of(art.body());
            for (int i = 0; i < fs.length; i++) {
                examples.add(new Example(fs[i], art.boilerplate(i), art.labels().get(i), a, i));
            }
        }
        for (int k = 0; k < desk.size(); k++) {
            DeskExample d = desk.get(k);
            examples.add(new Example(d.features(), d.boilerplate(), d.label(), articles.size() + k, d.position()));
        }
        boolean[] labels = new boolean[examples.size()];
        for (int k = 0; k < labels.length; k++) {
            labels[k] = examples.get(k).boilerplate();
        }
        if (!contains(labels, true) || !contains(labels, false)) {
            throw new IllegalArgumentException("training needs both boilerplate and article paragraphs");
        }
        int[] fold = folds(articles.size() + desk.size());
        List<FeatureVector> xs = examples.stream().map(Example::features).toList();
        double[] ws = new double[examples.size()];
        double shipped = 0;
        for (int k = 0; k < ws.length; k++) {
            int a = examples.get(k).article();
            if (a < articles.size()) {
                ws[k] = weights == null ? 1 : weights[a];
                shipped += ws[k];
            }
        }
        double desks = deskWeight(shipped, desk.size());
        for (int k = ws.length - desk.size(); k < ws.length; k++) {
            ws[k] = desks;
        }
        double[] words = new double[xs.size()];
        double[] margins = outOfFold(xs, labels, ws, examples, fold, words);
        double[] platt = Platt.fit(margins, labels);
        double[] wordsPlatt = Platt.fit(words, labels);
        Regression all = Regression.fit(xs, labels, ws);
        Reasons reasons = Reasons.fit(examples.stream().filter(Example::boilerplate).toList());
        ParagraphModel model = new ParagraphModel(all.weights, (float) all.bias, platt, wordsPlatt, reasons.names, reasons.weights);
        double[] oof = new double[margins.length];
        double[] oofWords = new double[margins.length];
        for (int k = 0; k < oof.length; k++) {
            oof[k] = ParagraphModel.sigmoid(platt, margins[k]);
            oofWords[k] = ParagraphModel.sigmoid(wordsPlatt, words[k]);
        }
        return new Result(model, examples, oof, oofWords);
    }

    /**
     * Each example's margin from a regression trained on the folds its article is not in; the part of
     * it its words give goes into {@code words}.
     */
    private static double[] outOfFold(List<FeatureVector> xs, boolean[] ys, double[] ws, List<Example> examples, int[] fold,
                                      double[] words) {
        double[] margins = new double[xs.size()];
        for (int f = 0; f < FOLDS; f++) {
            List<FeatureVector> trainX = new ArrayList<>();
            List<Integer> trainK = new ArrayList<>();
            for (int k = 0; k < xs.size(); k++) {
                if (fold[examples.get(k).article()] != f) {
                    trainX.add(xs.get(k));
                    trainK.add(k);
                }
            }
            boolean[] y = new boolean[trainK.size()];
            double[] w = new double[trainK.size()];
            for (int k = 0; k < y.length; k++) {
                y[k] = ys[trainK.get(k)];
                w[k] = ws[trainK.get(k)];
            }
            Regression r = Regression.fit(trainX, y, w);
            for (int k = 0; k < xs.size(); k++) {
                if (fold[examples.get(k).article()] == f) {
                    margins[k] = r.margin(xs.get(k));
                    words[k] = xs.get(k).dot(r.weights, xs.get(k).wordsEnd());
                }
            }
        }
        return margins;
    }

    private static boolean contains(boolean[] bs, boolean b) {
        for (boolean x : bs) {
            if (x == b) {
                return true;
            }
        }
        return false;
    }

    /** Each article's fold: a seeded shuffle dealt round-robin, so folds differ by at most one article. */
    static int[] folds(int articles) {
        List<Integer> order = shuffled(articles, new Random(SEED));
        int[] fold = new int[articles];
        for (int k = 0; k < articles; k++) {
            fold[order.get(k)] = k % FOLDS;
        }
        return fold;
    }

    private static List<Integer> shuffled(int n, Random random) {
        List<Integer> order = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            order.add(k);
        }
        Collections.shuffle(order, random);
        return order;
    }

    /** L2-regularised logistic regression by stochastic gradient descent with AdaGrad step sizes. */
    private static final class Regression {
        final float[] weights = new float[FeatureHash.SLOTS];
        double bias;

        /** Fits to {@code xs}, each example's loss counting {@code ws[k]} times. */
        static Regression fit(List<FeatureVector> xs, boolean[] ys, double[] ws) {
            Regression r = new Regression();
            float[] squares = new float[FeatureHash.SLOTS];
            double biasSquares = 0;
            Random random = new Random(SEED);
            for (int epoch = 0; epoch < EPOCHS; epoch++) {
                for (int k : shuffled(xs.size(), random)) {
                    FeatureVector v = xs.get(k);
                    double g = ws[k] * (1 / (1 + Math.exp(-r.margin(v))) - (ys[k] ? 1 : 0));
                    for (int j = 0; j < v.size(); j++) {
                        int s = v.slot(j);
                        double grad = g * v.value(j) + L2 * r.weights[s];
                        squares[s] += (float) (grad * grad);
                        r.weights[s] -= (float) (RATE * grad / Math.sqrt(squares[s] + 1e-8));
                    }
                    biasSquares += g * g;
                    r.bias -= RATE * g / Math.sqrt(biasSquares + 1e-8);
                }
            }
            return r;
        }

        double margin(FeatureVector v) {
            return v.dot(weights) + bias;
        }
    }

    /** Averaged multiclass perceptron over the boilerplate paragraphs' reasons. */
    private static final class Reasons {
        final List<String> names;
        final Map<Integer, float[]> weights = new HashMap<>();

        private Reasons(List<String> names) {
            this.names = names;
        }

        static Reasons fit(List<Example> boiler) {
            TreeSet<String> labels = new TreeSet<>();
            boiler.forEach(e -> labels.add(e.label()));
            Reasons r = new Reasons(List.copyOf(labels));
            int classes = r.names.size();
            Map<Integer, double[]> w = new HashMap<>();
            Map<Integer, double[]> stamped = new HashMap<>(); // sum of step * update, for averaging
            Random random = new Random(SEED);
            int step = 1;
            for (int epoch = 0; epoch < REASON_EPOCHS; epoch++) {
                for (int k : shuffled(boiler.size(), random)) {
                    Example e = boiler.get(k);
                    int gold = r.names.indexOf(e.label());
                    int guess = best(w, e.features(), classes);
                    if (guess != gold) {
                        FeatureVector v = e.features();
                        for (int j = 0; j < v.size(); j++) {
                            double[] ws = w.computeIfAbsent(v.slot(j), s -> new double[classes]);
                            double[] us = stamped.computeIfAbsent(v.slot(j), s -> new double[classes]);
                            ws[gold] += v.value(j);
                            ws[guess] -= v.value(j);
                            us[gold] += step * v.value(j);
                            us[guess] -= step * v.value(j);
                        }
                    }
                    step++;
                }
            }
            for (Map.Entry<Integer, double[]> e : w.entrySet()) {
                double[] us = stamped.get(e.getKey());
                float[] avg = new float[classes];
                boolean any = false;
                for (int c = 0; c < classes; c++) {
                    avg[c] = (float) (Math.rint((e.getValue()[c] - us[c] / step) * REASON_PLACES) / REASON_PLACES);
                    any |= avg[c] != 0;
                }
                if (any) {
                    r.weights.put(e.getKey(), avg);
                }
            }
            return r;
        }

        private static int best(Map<Integer, double[]> w, FeatureVector v, int classes) {
            double[] score = new double[classes];
            for (int j = 0; j < v.size(); j++) {
                double[] ws = w.get(v.slot(j));
                if (ws != null) {
                    for (int c = 0; c < classes; c++) {
                        score[c] += ws[c] * v.value(j);
                    }
                }
            }
            int best = 0;
            for (int c = 1; c < classes; c++) {
                best = score[c] > score[best] ? c : best;
            }
            return best;
        }
    }
}
