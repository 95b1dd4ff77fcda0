package org.copydesk.time.tagger.internal;

import java.util.Set;

import org.copydesk.time.tagger.internal.Anchor.Dir;

/**
 * Guesses whether a time expression points backwards or forwards from the publication date by the
 * tense marker nearest to it in its sentence: "will meet on Friday" looks ahead, "met on Friday" back.
 * Answers {@link Dir#NONE} when the sentence has no marker; callers pick their own default.
 */
final class Tense {
    private static final Set<String> FUTURE = Set.of("will", "'ll", "shall", "wo", "upcoming", "scheduled",
            "planned", "plans", "plan", "expected", "expects", "due", "tomorrow", "next", "coming", "would",
            "intends", "aims", "until", "till", "forthcoming", "ahead");
    private static final Set<String> PAST = Set.of("was", "were", "had", "did", "said", "told", "ago", "last",
            "yesterday", "earlier", "previous", "since", "came", "went", "began", "took", "made", "gave", "saw",
            "met", "won", "lost", "left", "fell", "rose", "held", "brought", "sold", "bought", "got", "found",
            "announced", "been");
    /** Words ending in -ed that are not past-tense verbs, or mark the future. */
    private static final Set<String> NOT_PAST = Set.of("need", "needed", "red", "bed", "hundred", "based",
            "united", "expected", "scheduled", "planned", "proposed", "supposed", "used", "indeed", "speed", "feed",
            "seed", "weed", "shed", "wed", "led", "fed", "bred", "related", "limited", "advanced");

    private Tense() {
    }

    /** The direction of the expression spanning tokens {@code [from, to)} within sentence tokens {@code [s, e)}. */
    static Dir of(String[] low, int s, int e, int from, int to) {
        int best = Integer.MAX_VALUE;
        Dir dir = Dir.NONE;
        for (int i = s; i < e; i++) {
            if (i >= from && i < to) {
                continue;
            }
            Dir d = marker(low, i);
            if (d == Dir.NONE) {
                continue;
            }
            int dist = i < from ? from - i : i - to + 1;
            // a marker before the expression governs it a little more often than one after it
            if (i > from) {
                dist++;
            }
            if (dist < best) {
                best = dist;
                dir = d;
            }
        }
        return dir;
    }

    private static Dir marker(String[] low, int i) {
        String w = low[i];
        if (FUTURE.contains(w)) {
            return Dir.FUTURE;
        }
        if ((w.equals("is") || w.equals("are")) && i + 2 < low.length && low[i + 1].equals("to")) {
            return Dir.FUTURE; // "is to meet"; "is set to begin" below
        }
        if ((w.equals("going") || w.equals("set") || w.equals("poised")) && i + 1 < low.length && low[i + 1].equals("to")) {
            return Dir.FUTURE;
        }
        if (PAST.contains(w)) {
            return Dir.PAST;
        }
        if (w.length() > 4 && w.endsWith("ed") && !NOT_PAST.contains(w) && Character.isLetter(w.charAt(0))) {
            return Dir.PAST;
        }
        return Dir.NONE;
    }
}
