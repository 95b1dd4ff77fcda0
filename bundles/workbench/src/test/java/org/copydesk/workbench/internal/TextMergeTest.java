package org.copydesk.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextMergeTest {
    private static final List<String> BASE = List.of("a", "b", "c", "d");

    @Test
    void changesInDifferentPlacesGoTogether() {
        assertEquals(List.of("R", "a", "b", "C", "d"), TextMerge.body(BASE, List.of("R", "a", "b", "c", "d"), List.of("a", "b", "C", "d")));
        assertEquals(List.of("a", "B", "c"), TextMerge.body(BASE, List.of("a", "b", "c"), List.of("a", "B", "c", "d")), "a deletion and an edit");
        assertEquals(List.of("a", "x", "b", "c", "d", "y"), TextMerge.body(BASE, List.of("a", "x", "b", "c", "d"), List.of("a", "b", "c", "d", "y")));
    }

    @Test
    void oneSideUnchangedTakesTheOther() {
        assertEquals(List.of("z"), TextMerge.body(BASE, BASE, List.of("z")));
        assertEquals(List.of("z"), TextMerge.body(BASE, List.of("z"), BASE));
        assertEquals(List.of("a", "B"), TextMerge.body(BASE, List.of("a", "B"), List.of("a", "B")), "the same change twice is no clash");
    }

    @Test
    void theSameStretchChangedTwiceClashes() {
        EditConflict c = assertThrows(EditConflict.class, () -> TextMerge.body(BASE, List.of("a", "B1", "c", "d"), List.of("a", "B2", "c", "d")));
        assertEquals("paragraph 2 was changed both here and in the newer version", c.getMessage());
        assertThrows(EditConflict.class, () -> TextMerge.body(BASE, List.of("a", "b", "x", "c", "d"), List.of("a", "b", "y", "c", "d")));
        assertThrows(EditConflict.class, () -> TextMerge.body(BASE, List.of("a", "c", "d"), List.of("a", "B", "c", "d")),
                "deleted on one side, changed on the other");
    }

    @Test
    void neighbouringParagraphsChangedOnEachSideGoTogether() {
        assertEquals(List.of("A", "B", "c", "d"), TextMerge.body(BASE, List.of("A", "b", "c", "d"), List.of("a", "B", "c", "d")));
        assertEquals(List.of("R", "A", "B", "c", "d"), TextMerge.body(BASE, List.of("R", "A", "b", "c", "d"), List.of("a", "B", "c", "d")));
    }

    @Test
    void fieldsMergeAlone() {
        assertEquals("new", TextMerge.field("headline", "old", "old", "new"));
        assertEquals("theirs", TextMerge.field("headline", "old", "theirs", "old"));
        assertThrows(EditConflict.class, () -> TextMerge.field("headline", "old", "theirs", "mine"));
    }

    @Test
    void repeatedParagraphsAreMatchedInOrder() {
        List<String> base = List.of("x", "x", "x");
        assertEquals(List.of("x", "y", "x", "x", "z"), TextMerge.body(base, List.of("x", "y", "x", "x"), List.of("x", "x", "x", "z")));
    }
}
