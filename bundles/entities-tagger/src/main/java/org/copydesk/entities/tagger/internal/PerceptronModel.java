package org.copydesk.entities.tagger.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The weights of an averaged perceptron: for each feature hash a few (label, weight) pairs, plus the
 * label transition weights. Stored gzipped with weights quantised to 16 bits; read into flat arrays
 * and an open-addressing table, so loading is one pass over the bytes.
 */
final class PerceptronModel {
    private static final int MAGIC = 0x43444e31; // "CDN1"

    private final long[] keys;
    private final int[] first;
    private final byte[] labels;
    private final float[] weights;
    private final float[] transitions;
    /** Open addressing over {@code keys}: slot -> index + 1, 0 when free (lookups are the hot path). */
    private final long[] tableKeys;
    private final int[] tableIndex;

    PerceptronModel(long[] keys, int[] first, byte[] labels, float[] weights, float[] transitions) {
        this.keys = keys;
        this.first = first;
        this.labels = labels;
        this.weights = weights;
        this.transitions = transitions;
        int size = Integer.highestOneBit(Math.max(4, keys.length * 3)) << 1;
        tableKeys = new long[size];
        tableIndex = new int[size];
        for (int i = 0; i < keys.length; i++) {
            int slot = slot(keys[i]);
            while (tableIndex[slot] != 0) {
                slot = (slot + 1) & (size - 1);
            }
            tableKeys[slot] = keys[i];
            tableIndex[slot] = i + 1;
        }
    }

    private int slot(long key) {
        return (int) (key ^ (key >>> 32)) * 0x9E3779B9 >>> 1 & (tableKeys.length - 1);
    }

    private int indexOf(long key) {
        int slot = slot(key);
        while (tableIndex[slot] != 0) {
            if (tableKeys[slot] == key) {
                return tableIndex[slot] - 1;
            }
            slot = (slot + 1) & (tableKeys.length - 1);
        }
        return -1;
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
                int k = indexOf(f);
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
