package org.copydesk.entities.common;

import org.copydesk.api.model.EntityType;

/** A name found by a tagger: tokens {@code [start, end)} of sentence {@code unit} of a {@link Document}. */
public record NameSpan(int unit, int start, int end, EntityType type) {
    public NameSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty span " + start + ".." + end);
        }
    }

    public boolean overlaps(NameSpan o) {
        return unit == o.unit && start < o.end && o.start < end;
    }
}
