package org.copydesk.api.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.TimelineEntry;
import org.junit.jupiter.api.Test;

/** An editor's corrections of the timeline. */
class TimelineEditsTest {
    private static final Article ARTICLE = EntityEditsTest.article();

    private static List<String> texts(Article a) {
        return a.timeline().stream().map(TimelineEntry::text).toList();
    }

    @Test
    void aCorrectedDateReordersTheTimelineAndMarksItEdited() {
        assertNull(ARTICLE.metadata().get(Article.TIMELINE_EDITED));
        Article a = TimelineEdits.correct(0, "2020-01-02", null).apply(ARTICLE);
        assertEquals(List.of("second", "first"), texts(a));
        assertEquals(List.of("2020-01-01", "2020-01-02"), a.timeline().stream().map(TimelineEntry::date).toList());
        assertEquals(List.of("e1", "e3"), a.timeline().get(1).entities(), "the entry keeps its entities");
        assertEquals("true", a.metadata().get(Article.TIMELINE_EDITED));
    }

    @Test
    void entriesOfOneDateKeepTheirOrder() {
        Article a = TimelineEdits.correct(1, "2019-12-27", null).apply(ARTICLE);
        assertEquals(List.of("first", "second"), texts(a));
    }

    @Test
    void dropThenCorrectTheText() {
        Article b = TimelineEdits.drop(1).andThen(TimelineEdits.correct(0, null, "the first event")).apply(ARTICLE);
        assertEquals(List.of("the first event"), texts(b));
        assertEquals("2019-12-27", b.timeline().get(0).date());
        assertEquals("true", TimelineEdits.drop(0).apply(ARTICLE).metadata().get(Article.TIMELINE_EDITED));
    }

    @Test
    void anEntryTheTimelineDoesNotHaveIsRefusedByNumber() {
        assertEquals("the timeline has no entry 2: it has 2 entries, numbered from 0",
                assertThrows(IllegalArgumentException.class, () -> TimelineEdits.drop(2).apply(ARTICLE)).getMessage());
        Article one = TimelineEdits.drop(0).apply(ARTICLE);
        assertEquals("the timeline has no entry 1: it has 1 entry, numbered from 0",
                assertThrows(IllegalArgumentException.class, () -> TimelineEdits.correct(1, "2020", null).apply(one)).getMessage());
        assertEquals("timeline entries are numbered from 0, not -1",
                assertThrows(IllegalArgumentException.class, () -> TimelineEdits.drop(-1)).getMessage());
        assertEquals("a timeline entry's date must not be empty",
                assertThrows(IllegalArgumentException.class, () -> TimelineEdits.correct(0, " ", null)).getMessage());
        assertEquals("a timeline entry's text must not be empty",
                assertThrows(IllegalArgumentException.class, () -> TimelineEdits.correct(0, null, "")).getMessage());
    }
}
