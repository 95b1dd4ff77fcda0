package org.copydesk.strip.rules.internal.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The learned paragraph classifier: a logistic regression over {@link ParagraphFeatures} whose margin
 * Platt scaling turns into a calibrated probability of boilerplate, and an averaged multiclass
 * perceptron over the same features that names the removal reason. Immutable and thread-safe.
 *
 * <p>Stored as gzipped text ({@link #write}): a header line, then {@code features} (the feature set it
 * was trained on, {@link ParagraphFeatures#FEATURE_SET}), {@code bits}, {@code bias},
 * {@code platt A B}, {@code reasons ...}, and {@code w SLOT WEIGHT} and {@code r SLOT WEIGHT...} lines
 * in slot order.
 */
public final class ParagraphModel {
    static final String MAGIC = "copydesk-strip-paragraph-model 1";

    private final String featureSet;
    private final float[] weights;
    private final float bias;
    private final double[] platt;
    private final double[] wordsPlatt;
    private final List<String> reasons;
    /** Per slot, one weight per reason; only slots seen in boilerplate. */
    private final Map<Integer, float[]> reasonWeights;

    ParagraphModel(float[] weights, float bias, double[] platt, double[] wordsPlatt, List<String> reasons,
                   Map<Integer, float[]> reasonWeights) {
        this(ParagraphFeatures.FEATURE_SET, weights, bias, platt, wordsPlatt, reasons, reasonWeights);
    }

    private ParagraphModel(String featureSet, float[] weights, float bias, double[] platt, double[] wordsPlatt,
                           List<String> reasons, Map<Integer, float[]> reasonWeights) {
        if (weights.length != FeatureHash.SLOTS) {
            throw new IllegalArgumentException("expected " + FeatureHash.SLOTS + " weights, got " + weights.length);
        }
        this.featureSet = featureSet;
        this.weights = weights;
        this.bias = bias;
        this.platt = platt.clone();
        this.wordsPlatt = wordsPlatt.clone();
        this.reasons = List.copyOf(reasons);
        this.reasonWeights = new HashMap<>(reasonWeights);
    }

    /** The feature set the model was trained on; only {@link ParagraphFeatures#FEATURE_SET} fits this bundle. */
    public String featureSet() {
        return featureSet;
    }

    /**
     * Why the model does not fit this bundle's features (in a reader's words), or null when it does.
     */
    public String mismatch() {
        return featureSet.equals(ParagraphFeatures.FEATURE_SET) ? null : "it was trained with feature set " + featureSet
                + ", this strip stage uses " + ParagraphFeatures.FEATURE_SET;
    }

    /** The calibrated probability that the paragraph is boilerplate. */
    public double probability(FeatureVector v) {
        return sigmoid(platt, margin(v));
    }

    /**
     * The calibrated probability that the paragraph is boilerplate judging by its words alone (the part
     * of the margin its words, word pairs and characters give), without its length, place or form.
     */
    public double wordsProbability(FeatureVector v) {
        return sigmoid(wordsPlatt, v.dot(weights, v.wordsEnd()));
    }

    /** The uncalibrated score: positive leans boilerplate. */
    double margin(FeatureVector v) {
        return v.dot(weights) + bias;
    }

    /** Platt's sigmoid 1 / (1 + exp(A m + B)). */
    static double sigmoid(double[] ab, double margin) {
        return 1 / (1 + Math.exp(ab[0] * margin + ab[1]));
    }

    /** The most likely removal reason for a paragraph judged boilerplate. */
    public String reason(FeatureVector v) {
        double[] score = new double[reasons.size()];
        for (int k = 0; k < v.size(); k++) {
            float[] w = reasonWeights.get(v.slot(k));
            if (w != null) {
                for (int c = 0; c < score.length; c++) {
                    score[c] += w[c] * v.value(k);
                }
            }
        }
        int best = 0;
        for (int c = 1; c < score.length; c++) {
            best = score[c] > score[best] ? c : best;
        }
        return reasons.get(best);
    }

    public void write(OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8);
        w.write(MAGIC + "\n");
        w.write("features " + featureSet + "\n");
        w.write("bits " + FeatureHash.BITS + "\n");
        w.write("bias " + bias + "\n");
        w.write("platt " + platt[0] + " " + platt[1] + "\n");
        w.write("words-platt " + wordsPlatt[0] + " " + wordsPlatt[1] + "\n");
        w.write("reasons " + String.join(" ", reasons) + "\n");
        for (int s = 0; s < weights.length; s++) {
            if (weights[s] != 0) {
                w.write("w " + s + " " + weights[s] + "\n");
            }
        }
        for (Map.Entry<Integer, float[]> e : new TreeMap<>(reasonWeights).entrySet()) {
            StringBuilder line = new StringBuilder("r ").append(e.getKey());
            for (float f : e.getValue()) {
                line.append(' ').append(f);
            }
            w.write(line.append('\n').toString());
        }
        w.close();
    }

    /** Reads a model written by {@link #write}; {@code name} names the source in error messages. */
    public static ParagraphModel read(InputStream in, String name) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            if (!MAGIC.equals(r.readLine())) {
                throw new IOException(name + ": not a Copydesk paragraph model (expected a first line '" + MAGIC + "')");
            }
            float[] weights = new float[FeatureHash.SLOTS];
            float bias = 0;
            String featureSet = "(none named)";
            double[] platt = null;
            double[] wordsPlatt = null;
            List<String> reasons = new ArrayList<>();
            Map<Integer, float[]> reasonWeights = new TreeMap<>();
            int lineNo = 1;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                String[] f = line.split(" ");
                try {
                    switch (f[0]) {
                        case "features" -> featureSet = f[1];
                        case "bits" -> {
                            if (Integer.parseInt(f[1]) != FeatureHash.BITS) {
                                throw new IOException(name + ": the model hashes into " + f[1] + " bits, this bundle into " + FeatureHash.BITS);
                            }
                        }
                        case "bias" -> bias = Float.parseFloat(f[1]);
                        case "platt" -> platt = new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])};
                        case "words-platt" -> wordsPlatt = new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])};
                        case "reasons" -> reasons.addAll(List.of(f).subList(1, f.length));
                        case "w" -> weights[Integer.parseInt(f[1])] = Float.parseFloat(f[2]);
                        case "r" -> {
                            float[] w = new float[f.length - 2];
                            for (int c = 0; c < w.length; c++) {
                                w[c] = Float.parseFloat(f[c + 2]);
                            }
                            if (w.length != reasons.size()) {
                                throw new IOException(name + " line " + lineNo + ": " + w.length + " reason weights for " + reasons.size() + " reasons");
                            }
                            reasonWeights.put(Integer.parseInt(f[1]), w);
                        }
                        default -> throw new IOException(name + " line " + lineNo + ": unknown entry '" + f[0] + "'");
                    }
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                    throw new IOException(name + " line " + lineNo + ": malformed entry '" + line + "'");
                }
            }
            if (reasons.isEmpty() || platt == null || wordsPlatt == null) {
                throw new IOException(name + ": incomplete model (no reasons, platt or words-platt line)");
            }
            return new ParagraphModel(featureSet, weights, bias, platt, wordsPlatt, reasons, reasonWeights);
        }
    }
}
