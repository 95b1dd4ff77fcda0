package org.copydesk.entities.tagger.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The weights of an averaged perceptron: for each feature hash a few (label, weight) pairs, plus the
 * label transition weights. Stored gzipped with weights quantised to 16 bits; read into flat arrays
 * searched by binary search, so loading is one pass over the bytes.
 */
final class PerceptronModel {
    private static final int MAGIC = 0x43444e31; // "CDN1"

    private final long[] keys;
    private final int[] first;
    private final byte[] labels;
    private final float[] weights;
    private final float[] transitions;

    PerceptronModel(long[] keys, int[] first, byte[] labels, float[] weights, float[] transitions) {
        this.keys = keys;
        this.first = first;
        this.labels = labels;
        this.weights = weights;
        this.transitions = transitions;
    }

    int features() {
        return keys.length;
    }

    /** The best labels for tokens with these features. */
    int[] tag(long[][] features) {
        float[][] emissions = new float[features.length][Labels.COUNT];
        for (int i = 0; i < features.length; i++) {
            float[] e = emissions[i];
            for (long f : features[i]) {
                int k = Arrays.binarySearch(keys, f);
                if (k >= 0) {
                    for (int j = first[k]; j < first[k + 1]; j++) {
                        e[labels[j]] += weights[j];
                    }
                }
            }
        }
        return Viterbi.decode(emissions, transitions);
    }

    void write(OutputStream out) throws IOException {
        float max = 1e-6f;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max / Short.MAX_VALUE;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream d = new DataOutputStream(bytes)) {
            d.writeInt(MAGIC);
            d.writeInt(Labels.COUNT);
            for (float t : transitions) {
                d.writeFloat(t);
            }
            d.writeInt(keys.length);
            d.writeInt(labels.length);
            d.writeFloat(scale);
            for (long k : keys) {
                d.writeLong(k);
            }
            for (int i = 0; i < keys.length; i++) {
                d.writeByte(first[i + 1] - first[i]);
            }
            d.write(labels);
            for (float w : weights) {
                d.writeShort(Math.round(w / scale));
            }
        }
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            bytes.writeTo(gz);
        }
    }

    static PerceptronModel read(InputStream in) throws IOException {
        ByteBuffer b;
        try (GZIPInputStream gz = new GZIPInputStream(in, 1 << 16)) {
            b = ByteBuffer.wrap(gz.readAllBytes());
        }
        if (b.getInt() != MAGIC || b.getInt() != Labels.COUNT) {
            throw new IOException("not a Copydesk entity model, or one for another label set");
        }
        float[] transitions = new float[(Labels.COUNT + 1) * Labels.COUNT];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = b.getFloat();
        }
        int n = b.getInt();
        int m = b.getInt();
        float scale = b.getFloat();
        long[] keys = new long[n];
        b.asLongBuffer().get(keys);
        b.position(b.position() + 8 * n);
        int[] first = new int[n + 1];
        for (int i = 0; i < n; i++) {
            first[i + 1] = first[i] + b.get();
        }
        byte[] labels = new byte[m];
        b.get(labels);
        float[] weights = new float[m];
        for (int i = 0; i < m; i++) {
            weights[i] = b.getShort() * scale;
        }
        return new PerceptronModel(keys, first, labels, weights, transitions);
    }
}
