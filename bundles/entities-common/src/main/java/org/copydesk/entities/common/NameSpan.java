package org.copydesk.entities.common;

import org.copydesk.api.model.EntityType;

/**
 * A name found by a tagger: tokens {@code [start, end)} of sentence {@code unit} of a {@link Document}.
 *
 * @param sure the finder read the type from the context ("Leeds" heading a score line is the club), so
 *             a gazetteer's type for the name does not replace it
 */
public record NameSpan(int unit, int start, int end, EntityType type, boolean sure) {
    public NameSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty span " + start + ".." + end);
        }
    }

    public NameSpan(int unit, int start, int end, EntityType type) {
        this(unit, start, end, type, false);
    }

    public boolean overlaps(NameSpan o) {
        return unit == o.unit && start < o.end && o.start < end;
    }
}
