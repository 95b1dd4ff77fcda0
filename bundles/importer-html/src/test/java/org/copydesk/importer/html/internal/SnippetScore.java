package org.copydesk.importer.html.internal;

import java.util.List;

/**
 * The extraction-dev metric, as in shared/eval/score-extraction.py: a snippet is present when its
 * whitespace-normalised text is a substring of the whitespace-normalised body (paragraphs joined
 * by newlines); keep present = TP, keep absent = FN, drop present = FP; counts summed over pages.
 */
final class SnippetScore {
    int tp;
    int fn;
    int fp;
    int tn;

    /** Adds one page; returns its error count (keep missed plus drop kept). */
    int add(List<String> body, List<String> keep, List<String> drop) {
        String text = norm(String.join("\n", body));
        int errors = 0;
        for (String k : keep) {
            if (!text.isEmpty() && text.contains(norm(k))) {
                tp++;
            } else {
                fn++;
                errors++;
            }
        }
        for (String d : drop) {
            if (!text.isEmpty() && text.contains(norm(d))) {
                fp++;
                errors++;
            } else {
                tn++;
            }
        }
        return errors;
    }

    double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Python's str.split()-and-join: every run of Unicode whitespace becomes one space. */
    static String norm(String s) {
        return String.join(" ", s.strip().split("[\\s\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\u001C-\\u001F\\u0085]+"));
    }

    @Override
    public String toString() {
        return String.format("F1 %.3f P %.3f R %.3f (TP %d FN %d FP %d TN %d)", f1(), precision(), recall(), tp, fn, fp, tn);
    }
}
