package org.copydesk.workbench.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A three-way merge of an article's text, paragraph by paragraph: an editor's text made on an older
 * version ({@code mine}) goes onto the current one when the two changed different paragraphs, such
 * as a restored block in one and an edited sentence in the next. Each side's paragraphs are paired
 * with the older version's (unchanged ones first, changed ones in order between them); a paragraph
 * changed differently on both sides, or new paragraphs added at one place on both, is an
 * {@link EditConflict}.
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
        int[] toCurrent = paired(base, current);
        int[] toMine = paired(base, mine);
        List<String> out = new ArrayList<>();
        int c = 0;
        int m = 0;
        for (int i = 0; i <= base.size(); i++) {
            boolean end = i == base.size();
            int ci = end ? current.size() : toCurrent[i];
            int mi = end ? mine.size() : toMine[i];
            // what each side added before this paragraph (a side that deleted it adds before the next it kept)
            List<String> addedC = ci >= 0 ? current.subList(c, ci) : List.of();
            List<String> addedM = mi >= 0 ? mine.subList(m, mi) : List.of();
            if (addedC.isEmpty() || addedC.equals(addedM)) {
                out.addAll(addedM);
            } else if (addedM.isEmpty()) {
                out.addAll(addedC);
            } else {
                throw new EditConflict("paragraphs were added at the same place (before paragraph " + (i + 1) + ") both here and in the newer version");
            }
            if (end) {
                break;
            }
            String then = base.get(i);
            String nowC = ci >= 0 ? current.get(ci) : null; // null: deleted on that side
            String nowM = mi >= 0 ? mine.get(mi) : null;
            String merged;
            if (Objects.equals(nowM, then) || Objects.equals(nowM, nowC)) {
                merged = nowC;
            } else if (Objects.equals(nowC, then)) {
                merged = nowM;
            } else {
                throw new EditConflict("paragraph " + (i + 1) + " was changed both here and in the newer version");
            }
            if (merged != null) {
                out.add(merged);
            }
            c = ci >= 0 ? ci + 1 : c;
            m = mi >= 0 ? mi + 1 : m;
        }
        return out;
    }

    /**
     * For each paragraph of {@code from}, the paragraph of {@code to} it became: unchanged ones are
     * matched by {@link #unchanged}; between two matches, changed ones pair up in order, and what is
     * left over of {@code from} was deleted (-1).
     */
    static int[] paired(List<String> from, List<String> to) {
        int[] map = unchanged(from, to);
        int i0 = 0;
        int j0 = 0;
        for (int i = 0; i <= from.size(); i++) {
            if (i < from.size() && map[i] < 0) {
                continue;
            }
            int j = i < from.size() ? map[i] : to.size();
            for (int k = 0; i0 + k < i && j0 + k < j; k++) {
                map[i0 + k] = j0 + k;
            }
            i0 = i + 1;
            j0 = j + 1;
        }
        return map;
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
