package org.copydesk.strip.rules.internal.model;

/**
 * Platt scaling: fits P(boilerplate | margin m) = 1 / (1 + exp(A m + B)) to held-out margins by
 * Newton's method with a backtracking line search, on Platt's smoothed targets (N+ + 1) / (N+ + 2) and
 * 1 / (N- + 2), which keep the fit from promising certainty a small sample cannot give (Platt 1999;
 * the numerically careful form of Lin, Lin and Weng 2007).
 */
final class Platt {
    private static final int MAX_ITERATIONS = 100;
    private static final double MIN_STEP = 1e-10;
    private static final double SIGMA = 1e-12; // keeps the Hessian positive definite

    private Platt() {
    }

    /** {A, B} for these margins and labels. */
    static double[] fit(double[] margins, boolean[] boilerplate) {
        int pos = 0;
        for (boolean b : boilerplate) {
            pos += b ? 1 : 0;
        }
        int neg = boilerplate.length - pos;
        double hi = (pos + 1.0) / (pos + 2.0);
        double lo = 1.0 / (neg + 2.0);
        double[] t = new double[margins.length];
        for (int k = 0; k < t.length; k++) {
            t[k] = boilerplate[k] ? hi : lo;
        }
        double a = 0;
        double b = Math.log((neg + 1.0) / (pos + 1.0));
        double loss = loss(margins, t, a, b);
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double h11 = SIGMA;
            double h22 = SIGMA;
            double h21 = 0;
            double g1 = 0;
            double g2 = 0;
            for (int k = 0; k < margins.length; k++) {
                double f = margins[k] * a + b;
                double p = f >= 0 ? Math.exp(-f) / (1 + Math.exp(-f)) : 1 / (1 + Math.exp(f));
                double q = 1 - p;
                double d2 = p * q;
                h11 += margins[k] * margins[k] * d2;
                h22 += d2;
                h21 += margins[k] * d2;
                double d1 = t[k] - p;
                g1 += margins[k] * d1;
                g2 += d1;
            }
            if (Math.abs(g1) < 1e-5 && Math.abs(g2) < 1e-5) {
                break;
            }
            double det = h11 * h22 - h21 * h21;
            double da = -(h22 * g1 - h21 * g2) / det;
            double db = -(-h21 * g1 + h11 * g2) / det;
            double gd = g1 * da + g2 * db;
            double step = 1;
            while (step >= MIN_STEP) {
                double na = a + step * da;
                double nb = b + step * db;
                double nl = loss(margins, t, na, nb);
                if (nl < loss + 1e-4 * step * gd) {
                    a = na;
                    b = nb;
                    loss = nl;
                    break;
                }
                step /= 2;
            }
            if (step < MIN_STEP) {
                break;
            }
        }
        return new double[] {a, b};
    }

    /** Cross-entropy of the targets under the sigmoid, written to avoid overflow. */
    private static double loss(double[] m, double[] t, double a, double b) {
        double l = 0;
        for (int k = 0; k < m.length; k++) {
            double f = m[k] * a + b;
            l += f >= 0 ? t[k] * f + Math.log1p(Math.exp(-f)) : (t[k] - 1) * f + Math.log1p(Math.exp(f));
        }
        return l;
    }
}
