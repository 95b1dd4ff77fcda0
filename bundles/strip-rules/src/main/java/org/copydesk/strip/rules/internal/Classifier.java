package org.copydesk.strip.rules.internal;

import java.util.List;

/**
 * Decides which body paragraphs are boilerplate, by wording and position. Boilerplate clusters at
 * the top and bottom of the body and around other boilerplate, while a paragraph in the middle of
 * the reporting is news unless its wording is conclusive. So:
 * <ul>
 *   <li>weight 3 (conclusive wording) removes a paragraph anywhere;</li>
 *   <li>weight 2 removes it when it touches the start or end of the body or a removed paragraph,
 *       which lets a block of boilerplate be peeled from the edges inwards;</li>
 *   <li>weight 1 removes it only when removed paragraphs (or the body's edge) stand on both sides.</li>
 * </ul>
 */
final class Classifier {
    static final double CONCLUSIVE = 3;
    static final double NEAR_BOILERPLATE = 2;
    static final double INSIDE_BOILERPLATE = 1;

    private Classifier() {
    }

    /** The evidence for each paragraph that should go, null for those that stay. */
    static Evidence[] classify(List<String> body, List<Rule> rules) {
        int n = body.size();
        Evidence[] ev = new Evidence[n];
        boolean[] cut = new boolean[n];
        for (int i = 0; i < n; i++) {
            ev[i] = ParagraphScorer.score(body.get(i), rules);
            cut[i] = ev[i].score() >= CONCLUSIVE;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < n; i++) {
                if (cut[i] || ev[i].rule() == null) {
                    continue;
                }
                boolean before = i == 0 || cut[i - 1];
                boolean after = i == n - 1 || cut[i + 1];
                double s = ev[i].score();
                if ((s >= NEAR_BOILERPLATE && (before || after)) || (s >= INSIDE_BOILERPLATE && before && after && n > 1)) {
                    cut[i] = true;
                    changed = true;
                }
            }
        }
        Evidence[] out = new Evidence[n];
        for (int i = 0; i < n; i++) {
            out[i] = cut[i] ? ev[i] : null;
        }
        return out;
    }
}
