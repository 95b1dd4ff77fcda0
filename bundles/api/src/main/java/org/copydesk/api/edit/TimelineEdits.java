package org.copydesk.api.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.TimelineEntry;

/**
 * An editor's corrections of the timeline. Each marks the timeline as edited
 * ({@link Article#TIMELINE_EDITED}), so the timeline stage keeps it as the editor left it. Entries
 * are numbered from 0 in timeline order; a number the timeline does not have is an
 * {@link IllegalArgumentException} when the operation is applied.
 */
public final class TimelineEdits {
    private TimelineEdits() {
    }

    /**
     * A new date (a TIMEX3 value such as {@code 2020-01-03}) and/or text for entry {@code index}; null
     * keeps the old one. Entries stay ordered by date, those of one date in the order they had.
     */
    public static UnaryOperator<Article> correct(int index, String date, String text) {
        Arguments.index(index, "timeline entries");
        if (date != null) {
            Arguments.nonBlank(date, "a timeline entry's date");
        }
        if (text != null) {
            Arguments.nonBlank(text, "a timeline entry's text");
        }
        return a -> {
            TimelineEntry t = entry(a, index);
            List<TimelineEntry> timeline = new ArrayList<>(a.timeline());
            timeline.set(index, new TimelineEntry(date == null ? t.date() : date, text == null ? t.text() : text,
                    t.paragraph(), t.entities()));
            timeline.sort(Comparator.comparing(TimelineEntry::date)); // stable: same dates keep their order
            return edited(a, timeline);
        };
    }

    /** Drops entry {@code index}. */
    public static UnaryOperator<Article> drop(int index) {
        Arguments.index(index, "timeline entries");
        return a -> {
            entry(a, index);
            List<TimelineEntry> timeline = new ArrayList<>(a.timeline());
            timeline.remove(index);
            return edited(a, timeline);
        };
    }

    private static TimelineEntry entry(Article a, int index) {
        if (index >= a.timeline().size()) {
            throw new IllegalArgumentException("the timeline has no entry " + index + ": it has "
                    + Arguments.count(a.timeline().size(), "entry", "entries") + ", numbered from 0");
        }
        return a.timeline().get(index);
    }

    private static Article edited(Article a, List<TimelineEntry> timeline) {
        return a.toBuilder().timeline(timeline).meta(Article.TIMELINE_EDITED, "true").build();
    }
}
