package org.copydesk.entities.tagger.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The weights of an averaged perceptron over hashed features: feature hashes fall into 2^{@link #BITS}
 * buckets, and for each bucket with weight the model keeps a few (label, weight) pairs, plus the
 * label transition weights. Stored gzipped with weights quantised to 16 bits, behind a header naming
 * the feature set and the list fingerprint it was trained with; read into a bucket index that points
 * straight into one array of the buckets' (label, weight) pairs side by side. The index is a bit per
 * bucket plus a rank table rather than an entry per bucket: a few percent of the 2^20 buckets have
 * weights, and most features of a text fall in none, so a lookup mostly reads 128 KB of bits that
 * stay in the core's cache where a dense table of 4 MB missed it.
 */
final class PerceptronModel {
    private static final int MAGIC = 0x43444e32; // "CDN2"
    /** Buckets of the hashed weight table, log2: part of the feature set (a model stores bucket numbers). */
    static final int BITS = 20;

    /** What a model was trained with; a stage runs only a model whose header matches its own. */
    record Header(String featureSet, String fingerprint) {
        static Header current() {
            return new Header(Features.VERSION, Lexicon.get().fingerprint());
        }

        /** Null when the model fits this stage, else why not, in a reader's words. */
        String mismatch(Header stage) {
            if (!featureSet.equals(stage.featureSet)) {
                return "it was trained with feature set " + featureSet + ", this stage computes feature set " + stage.featureSet;
            }
            if (!fingerprint.equals(stage.fingerprint)) {
                return "it was trained with gazetteers and clusters " + fingerprint + ", this stage has " + stage.fingerprint;
            }
            return null;
        }
    }

    private final Header header;
    /** Bits of an {@link #index} entry that count a bucket's pairs (at most {@link Labels#COUNT}). */
    private static final int COUNT_BITS = 5;

    private final int[] buckets;
    private final int[] first;
    /** Pair j of the model at [2j] (its label) and [2j + 1] (its weight's float bits), a bucket's pairs together. */
    private final int[] pairs;
    private final float[] transitions;
    /** Bit (b mod 64) of word (b / 64) says whether bucket b has weights. */
    private final long[] present = new long[1 << (BITS - 6)];
    /** How many buckets with weights the words before word w of {@link #present} hold. */
    private final int[] rank = new int[1 << (BITS - 6)];
    /** Each bucket with weights, in bucket order: (its first pair << COUNT_BITS | how many). */
    private final int[] entries;

    PerceptronModel(Header header, int[] buckets, int[] first, byte[] labels, float[] weights, float[] transitions) {
        if (Labels.COUNT >= 1 << COUNT_BITS) {
            throw new IllegalStateException("more labels than an index entry can count");
        }
        this.header = header;
        this.buckets = buckets;
        this.first = first;
        this.transitions = transitions;
        this.pairs = new int[2 * weights.length];
        for (int j = 0; j < weights.length; j++) {
            pairs[2 * j] = labels[j];
            pairs[2 * j + 1] = Float.floatToRawIntBits(weights[j]);
        }
        int[] entry = new int[1 << BITS];
        for (int i = 0; i < buckets.length; i++) {
            present[buckets[i] >>> 6] |= 1L << buckets[i];
            entry[buckets[i]] = first[i] << COUNT_BITS | (first[i + 1] - first[i]);
        }
        this.entries = new int[buckets.length];
        int n = 0;
        for (int w = 0; w < present.length; w++) {
            rank[w] = n;
            for (long bits = present[w]; bits != 0; bits &= bits - 1) {
                entries[n++] = entry[w << 6 | Long.numberOfTrailingZeros(bits)];
            }
        }
    }

    static int bucket(long hash) {
        return (int) ((hash * 0x9E3779B97F4A7C15L) >>> (64 - BITS));
    }

    Header header() {
        return header;
    }

    int features() {
        return buckets.length;
    }

    /** The best labels for tokens with these features; a token without (null) is outside every name. */
    int[] tag(long[][] features) {
        // rows only for the tokens with features: most tokens of a sentence have none
        float[][] emissions = new float[features.length][];
        int mask = (1 << COUNT_BITS) - 1;
        for (int i = 0; i < features.length; i++) {
            if (features[i] == null) {
                continue;
            }
            float[] e = emissions[i] = new float[Labels.COUNT];
            for (long f : features[i]) {
                int b = bucket(f);
                long word = present[b >>> 6];
                long bit = 1L << b;
                if ((word & bit) == 0) {
                    continue;
                }
                int at = entries[rank[b >>> 6] + Long.bitCount(word & (bit - 1))];
                int j = (at >>> COUNT_BITS) << 1;
                for (int end = j + ((at & mask) << 1); j < end; j += 2) {
                    e[pairs[j]] += Float.intBitsToFloat(pairs[j + 1]);
                }
            }
        }
        return Viterbi.decode(emissions, transitions);
    }

    void write(OutputStream out) throws IOException {
        int m = pairs.length / 2;
        byte[] labels = new byte[m];
        float[] weights = new float[m];
        for (int j = 0; j < m; j++) {
            labels[j] = (byte) pairs[2 * j];
            weights[j] = Float.intBitsToFloat(pairs[2 * j + 1]);
        }
        float max = 1e-6f;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max / Short.MAX_VALUE;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream d = new DataOutputStream(bytes)) {
            d.writeInt(MAGIC);
            d.writeInt(Labels.COUNT);
            d.writeUTF(header.featureSet());
            d.writeUTF(header.fingerprint());
            d.writeInt(BITS);
            for (float t : transitions) {
                d.writeFloat(t);
            }
            d.writeInt(buckets.length);
            d.writeInt(labels.length);
            d.writeFloat(scale);
            for (int b : buckets) {
                d.writeInt(b);
            }
            for (int i = 0; i < buckets.length; i++) {
                d.writeByte(first[i + 1] - first[i]);
            }
            d.write(labels);
            for (float w : weights) {
                d.writeShort(Math.round(w / scale));
            }
        }
        GZIPOutputStream gz = new GZIPOutputStream(out);
        bytes.writeTo(gz);
        gz.finish();
    }

    static PerceptronModel read(InputStream in) throws IOException {
        try {
            return parse(in);
        } catch (java.nio.BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new IOException("a truncated or damaged entity model");
        }
    }

    private static PerceptronModel parse(InputStream in) throws IOException {
        ByteBuffer b;
        try (GZIPInputStream gz = new GZIPInputStream(in, 1 << 16)) {
            b = ByteBuffer.wrap(gz.readAllBytes());
        } catch (java.util.zip.ZipException e) {
            throw new IOException("not a Copydesk entity model (not gzip data)");
        }
        if (b.remaining() < 8 || b.getInt() != MAGIC || b.getInt() != Labels.COUNT) {
            throw new IOException("not a Copydesk entity model of this version, or one for another label set");
        }
        Header header = new Header(utf(b), utf(b));
        if (b.getInt() != BITS) {
            throw new IOException("the model hashes features into another number of buckets");
        }
        float[] transitions = new float[(Labels.COUNT + 1) * Labels.COUNT];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = b.getFloat();
        }
        int n = b.getInt();
        int m = b.getInt();
        float scale = b.getFloat();
        int[] buckets = new int[n];
        for (int i = 0; i < n; i++) {
            buckets[i] = b.getInt();
        }
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
        return new PerceptronModel(header, buckets, first, labels, weights, transitions);
    }

    private static String utf(ByteBuffer b) {
        int len = b.getShort() & 0xffff;
        byte[] s = new byte[len];
        b.get(s);
        return new String(s, StandardCharsets.UTF_8);
    }
}
