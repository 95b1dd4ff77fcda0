package org.copydesk.entities.tagger.internal;

/** Best BIO label sequence under emission and first-order transition scores, I-X only after B-X or I-X. */
final class Viterbi {
    private Viterbi() {
    }

    /**
     * @param emissions per token, a score per label
     * @param transitions {@code (prev + 1) * L + label}; row 0 is the sentence start
     */
    static int[] decode(float[][] emissions, float[] transitions) {
        int n = emissions.length;
        int l = Labels.COUNT;
        int[] best = new int[n];
        if (n == 0) {
            return best;
        }
        float[][] score = new float[n][l];
        int[][] back = new int[n][l];
        for (int y = 0; y < l; y++) {
            score[0][y] = Labels.allowed(-1, y) ? emissions[0][y] + transitions[y] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < l; y++) {
                float max = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < l; p++) {
                    if (Labels.allowed(p, y)) {
                        float s = score[i - 1][p] + transitions[(p + 1) * l + y];
                        if (s > max) {
                            max = s;
                            arg = p;
                        }
                    }
                }
                score[i][y] = max + emissions[i][y];
                back[i][y] = arg;
            }
        }
        int y = 0;
        for (int k = 1; k < l; k++) {
            if (score[n - 1][k] > score[n - 1][y]) {
                y = k;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            best[i] = y;
            y = back[i][y];
        }
        return best;
    }
}
