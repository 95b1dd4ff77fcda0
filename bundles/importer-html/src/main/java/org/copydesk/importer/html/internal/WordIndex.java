package org.copydesk.importer.html.internal;

/**
 * Which of a list of words, earliest in the list, occurs anywhere in a text: one pass over the text
 * trying only the words that start with each character, where a substring test per word scans the
 * text once for each of them (the importer asks for every class name of every page).
 */
final class WordIndex {
    private final String[] words;
    /** Positions in {@link #words} of the words that start with each ASCII character. */
    private final int[][] byFirst = new int[128][];

    WordIndex(String... words) {
        this.words = words.clone();
        int[] counts = new int[128];
        for (String w : words) {
            counts[first(w)]++;
        }
        for (int c = 0; c < 128; c++) {
            byFirst[c] = new int[counts[c]];
            counts[c] = 0;
        }
        for (int k = 0; k < words.length; k++) {
            int c = first(words[k]);
            byFirst[c][counts[c]++] = k;
        }
    }

    private static int first(String w) {
        if (w.isEmpty() || w.charAt(0) >= 128) {
            throw new IllegalArgumentException("not a word starting with an ASCII character: '" + w + "'");
        }
        return w.charAt(0);
    }

    /** The position in the list of the first listed word that {@code text} contains, or -1. */
    int firstIn(String text) {
        int best = Integer.MAX_VALUE;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                for (int k : byFirst[c]) {
                    if (k < best && text.startsWith(words[k], i)) {
                        best = k;
                    }
                }
            }
        }
        return best == Integer.MAX_VALUE ? -1 : best;
    }
}
