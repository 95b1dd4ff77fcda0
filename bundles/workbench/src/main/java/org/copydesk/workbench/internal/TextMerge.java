package org.copydesk.workbench.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A three-way merge of an article's text, paragraph by paragraph (as diff3 merges lines): an editor's
 * text made on an older version ({@code mine}) goes onto the current one when the two changed
 * different paragraphs, such as a restored block in one and an edited sentence in the other. Where
 * both changed the same stretch differently, it is an {@link EditConflict}.
 */
final class TextMerge {
    /** Beyond this many cells of the comparison table, the changed middle is taken as one stretch. */
    private static final long MAX_CELLS = 4_000_000;

    private TextMerge() {
    }

    /** One field: the side that changed it wins; both changing it alike is no clash. */
    static String field(String name, String base, String current, String mine) {
        if (Objects.equals(mine, base) || Objects.equals(mine, current)) {
            return current;
        }
        if (Objects.equals(current, base)) {
            return mine;
        }
        throw new EditConflict("the " + name + " was changed both here and in the newer version");
    }

    static List<String> body(List<String> base, List<String> current, List<String> mine) {
        if (mine.equals(base) || mine.equals(current)) {
            return current;
        }
        if (current.equals(base)) {
            return mine;
        }
        int[] toCurrent = unchanged(base, current);
        int[] toMine = unchanged(base, mine);
        List<String> out = new ArrayList<>();
        int b = 0;
        int c = 0;
        int m = 0;
        for (int i = 0; i <= base.size(); i++) {
            boolean end = i == base.size();
            if (!end && (toCurrent[i] < 0 || toMine[i] < 0)) {
                continue; // not a paragraph both sides kept: part of a changed stretch
            }
            int ci = end ? current.size() : toCurrent[i];
            int mi = end ? mine.size() : toMine[i];
            List<String> inBase = base.subList(b, i);
            List<String> inCurrent = current.subList(c, ci);
            List<String> inMine = mine.subList(m, mi);
            if (inCurrent.equals(inBase) || inCurrent.equals(inMine)) {
                out.addAll(inMine);
            } else if (inMine.equals(inBase)) {
                out.addAll(inCurrent);
            } else {
                throw new EditConflict(inBase.isEmpty() ? "paragraphs were added at the same place (after paragraph " + b
                        + ") both here and in the newer version"
                        : (inBase.size() == 1 ? "paragraph " + (b + 1) + " was" : "paragraphs " + (b + 1) + "-" + i + " were")
                        + " changed both here and in the newer version");
            }
            if (!end) {
                out.add(base.get(i));
            }
            b = i + 1;
            c = ci + 1;
            m = mi + 1;
        }
        return out;
    }

    /**
     * For each paragraph of {@code from}, its index in {@code to} when it is one of the longest run of
     * paragraphs both keep unchanged and in order; -1 otherwise. The common start and end are matched
     * first, so an edit in one place compares only that place.
     */
    static int[] unchanged(List<String> from, List<String> to) {
        int n = from.size();
        int m = to.size();
        int[] map = new int[n];
        java.util.Arrays.fill(map, -1);
        int head = 0;
        while (head < n && head < m && from.get(head).equals(to.get(head))) {
            map[head] = head;
            head++;
        }
        int tail = 0;
        while (tail < n - head && tail < m - head && from.get(n - 1 - tail).equals(to.get(m - 1 - tail))) {
            map[n - 1 - tail] = m - 1 - tail;
            tail++;
        }
        int rows = n - head - tail;
        int cols = m - head - tail;
        if (rows == 0 || cols == 0 || (long) rows * cols > MAX_CELLS) {
            return map;
        }
        int[][] lcs = new int[rows + 1][cols + 1];
        for (int i = rows - 1; i >= 0; i--) {
            for (int j = cols - 1; j >= 0; j--) {
                lcs[i][j] = from.get(head + i).equals(to.get(head + j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < rows && j < cols) {
            if (from.get(head + i).equals(to.get(head + j))) {
                map[head + i++] = head + j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return map;
    }
}
