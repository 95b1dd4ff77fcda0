package org.copydesk.api.model;

import java.util.List;
import java.util.Objects;

/**
 * One event of the article's timeline.
 *
 * @param date      a TIMEX3 date value ({@code 2019-12-27}, {@code 2020-01-01TMO}, {@code 2019-12})
 * @param text      the clause or sentence that tells the event
 * @param paragraph the body paragraph it comes from
 * @param entities  ids of the entities mentioned in it
 */
public record TimelineEntry(String date, String text, int paragraph, List<String> entities) {
    public TimelineEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        entities = List.copyOf(entities);
    }
}
