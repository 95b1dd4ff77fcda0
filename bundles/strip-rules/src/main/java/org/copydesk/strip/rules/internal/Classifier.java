package org.copydesk.strip.rules.internal;

import java.util.List;

import org.copydesk.api.parallel.Pieces;

/**
 * Decides which body paragraphs are boilerplate, by wording and position. Boilerplate clusters at
 * the top and bottom of the body and around other boilerplate, while a paragraph in the middle of
 * the reporting is news unless its wording is conclusive. So:
 * <ul>
 *   <li>weight 3 (conclusive wording) removes a paragraph anywhere;</li>
 *   <li>weight 2 removes it when it touches the start or end of the body or a removed paragraph,
 *       which lets a block of boilerplate be peeled from the edges inwards;</li>
 *   <li>weight 1 removes a run of such paragraphs only when removed paragraphs stand on both sides
 *       of the run, or one does and the run reaches the body's edge (a list of teaser headlines
 *       under "Related stories").</li>
 * </ul>
 * A paragraph removed only for looking like a label takes the reason of the removed block it sits
 * in, so the headlines under "Related stories" are removed as related.
 */
final class Classifier {
    static final double CONCLUSIVE = 3;
    static final double NEAR_BOILERPLATE = 2;
    static final double INSIDE_BOILERPLATE = 1;
    private Classifier() {
    }

    /**
     * The evidence for each paragraph that should go, null for those that stay. A long body is scored
     * on all cores ({@link Pieces}): a paragraph's score depends on its own wording alone.
     */
    static Evidence[] classify(List<String> body, RuleSet rules) {
        return classify(body, rules, Pieces.PARALLEL_FROM);
    }

    /** As {@link #classify(List, RuleSet)}, on all cores from {@code parallelFrom} paragraphs. */
    static Evidence[] classify(List<String> body, RuleSet rules, int parallelFrom) {
        int n = body.size();
        Evidence[] ev = new Evidence[n];
        boolean[] cut = new boolean[n];
        Pieces.each(n, parallelFrom, i -> ev[i] = ParagraphScorer.score(body.get(i), rules));
        LanguageSwitch.mark(body, ev);
        for (int i = 0; i < n; i++) {
            cut[i] = ev[i].score() >= CONCLUSIVE;
        }
        boolean changed = true;
        while (changed) {
            changed = peel(ev, cut) | fillRuns(ev, cut);
        }
        Evidence[] out = new Evidence[n];
        for (int i = 0; i < n; i++) {
            out[i] = cut[i] ? ev[i] : null;
        }
        return out;
    }

    /** Removes near-boilerplate that touches the body's edge or removed paragraphs. */
    private static boolean peel(Evidence[] ev, boolean[] cut) {
        int n = cut.length;
        boolean changed = false;
        for (int i = 0; i < n; i++) {
            if (!cut[i] && ev[i].score() >= NEAR_BOILERPLATE
                    && (i == 0 || cut[i - 1] || i == n - 1 || cut[i + 1])) {
                cut[i] = true;
                changed = true;
            }
        }
        return changed;
    }

    /** Removes each run of weak evidence enclosed by removed paragraphs (or one and an edge). */
    private static boolean fillRuns(Evidence[] ev, boolean[] cut) {
        int n = cut.length;
        boolean changed = false;
        int i = 0;
        while (i < n) {
            if (cut[i] || ev[i].score() < INSIDE_BOILERPLATE) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < n && !cut[end + 1] && ev[end + 1].score() >= INSIDE_BOILERPLATE) {
                end++;
            }
            boolean cutBefore = i > 0 && cut[i - 1];
            boolean cutAfter = end < n - 1 && cut[end + 1];
            if ((cutBefore || i == 0) && (cutAfter || end == n - 1) && (cutBefore || cutAfter)) {
                Evidence block = cutBefore ? ev[i - 1] : ev[end + 1];
                for (int k = i; k <= end; k++) {
                    cut[k] = true;
                    if (ev[k].rule() == ParagraphScorer.SHORT_LABEL) {
                        ev[k] = new Evidence(ev[k].score(), ParagraphScorer.SHORT_LABEL.withReason(block.rule().reason()));
                    }
                }
                changed = true;
            }
            i = end + 1;
        }
        return changed;
    }
}
