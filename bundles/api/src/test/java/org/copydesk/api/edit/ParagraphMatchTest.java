package org.copydesk.api.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ParagraphMatchTest {
    private static int[] map(List<String> before, List<String> after) {
        return ParagraphMatch.map(before, after);
    }

    @Test
    void unchangedParagraphsAreFoundWhereverTheyMoved() {
        assertArrayEquals(new int[] {1, 2}, map(List.of("a", "b"), List.of("new", "a", "b")));
        assertArrayEquals(new int[] {0, -1, 1}, map(List.of("a", "b", "c"), List.of("a", "c")));
    }

    @Test
    void changedParagraphsBetweenTwoMatchesPairUpInOrder() {
        assertArrayEquals(new int[] {0, 1, 2, 3}, map(List.of("a", "b", "c", "d"), List.of("a", "B", "C", "d")));
        assertArrayEquals(new int[] {0, 1, -1, 2}, map(List.of("a", "b", "c", "d"), List.of("a", "B", "d")));
    }

    @Test
    void anEmptyTextLosesEveryParagraph() {
        assertArrayEquals(new int[] {-1, -1}, map(List.of("a", "b"), List.of()));
        assertArrayEquals(new int[] {}, map(List.of(), List.of("a")));
    }
}
