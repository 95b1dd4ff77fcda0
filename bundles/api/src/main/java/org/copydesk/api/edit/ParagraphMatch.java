package org.copydesk.api.edit;

import java.util.Arrays;
import java.util.List;

/**
 * Which paragraph of an edited text each old paragraph became: unchanged ones are matched by a
 * longest common subsequence; between two matches, changed ones pair up in order, and what is left
 * over was deleted (-1).
 */
final class ParagraphMatch {
    private ParagraphMatch() {
    }

    static int[] map(List<String> before, List<String> after) {
        int n = before.size();
        int m = after.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = before.get(i).equals(after.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int[] map = new int[n];
        Arrays.fill(map, -1);
        int i = 0;
        int j = 0;
        int gapI = 0;
        int gapJ = 0;
        while (i < n && j < m) {
            if (before.get(i).equals(after.get(j))) {
                pair(map, gapI, i, gapJ, j);
                map[i++] = j++;
                gapI = i;
                gapJ = j;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        pair(map, gapI, n, gapJ, m);
        return map;
    }

    /** Old paragraphs [i0, i1) and new ones [j0, j1) lie between the same two matches: changed, in order. */
    private static void pair(int[] map, int i0, int i1, int j0, int j1) {
        for (int k = 0; i0 + k < i1 && j0 + k < j1; k++) {
            map[i0 + k] = j0 + k;
        }
    }
}
