package org.copydesk.entities.tagger.internal;

import java.util.Arrays;

/** Best BILOU label sequence under emission and first-order transition scores, within {@link Labels#allowed}. */
final class Viterbi {
    private static final int L = Labels.COUNT;
    /** For each label, the labels that may come before it. */
    private static final int[][] BEFORE = new int[L][];

    static {
        for (int y = 0; y < L; y++) {
            int n = 0;
            int[] ps = new int[L];
            for (int p = 0; p < L; p++) {
                if (Labels.allowed(p, y)) {
                    ps[n++] = p;
                }
            }
            BEFORE[y] = Arrays.copyOf(ps, n);
        }
    }

    private Viterbi() {
    }

    /**
     * @param emissions per token, a score per label, or null for a token outside every name (O, and
     *        only the step into O is scored: most tokens of a news sentence)
     * @param transitions {@code (prev + 1) * L + label}; row 0 is the sentence start
     */
    static int[] decode(float[][] emissions, float[] transitions) {
        int n = emissions.length;
        int[] best = new int[n];
        if (n == 0) {
            return best;
        }
        float[] score = new float[L];
        float[] next = new float[L];
        int[][] back = new int[n][L];
        for (int y = 0; y < L; y++) {
            score[y] = Labels.allowed(-1, y) && (emissions[0] != null || y == Labels.O)
                    ? emission(emissions[0], y) + transitions[y] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            // a token outside every name can only be O (label 0): the other labels are not scored
            int labels = emissions[i] == null ? Labels.O + 1 : L;
            Arrays.fill(next, Float.NEGATIVE_INFINITY);
            for (int y = 0; y < labels; y++) {
                float max = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p : BEFORE[y]) {
                    float s = score[p] + transitions[(p + 1) * L + y];
                    if (s > max) {
                        max = s;
                        arg = p;
                    }
                }
                next[y] = max + emission(emissions[i], y);
                back[i][y] = arg;
            }
            float[] t = score;
            score = next;
            next = t;
        }
        int y = -1;
        for (int k = 0; k < L; k++) {
            if (Labels.canEnd(k) && (y < 0 || score[k] > score[y])) {
                y = k;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            best[i] = y;
            y = back[i][y];
        }
        return best;
    }

    private static float emission(float[] scores, int label) {
        return scores == null ? 0 : scores[label];
    }
}
