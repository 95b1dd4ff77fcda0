package org.copydesk.entities.common;

import java.util.List;

import org.copydesk.api.model.EntityType;
import org.copydesk.text.Token;

/**
 * A name found by a tagger: tokens {@code [start, end)} of sentence {@code unit} of a {@link Document}.
 *
 * @param sure the finder read the name and its type from the context ("Leeds" heading a score line is
 *             the club), so neither a gazetteer's type nor the ordinary-word test of linking overrules it
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

    /** The name's words as {@code tokens} give them, one space apart. */
    public String text(List<Token> tokens) {
        StringBuilder b = new StringBuilder(tokens.get(start).text());
        for (int i = start + 1; i < end; i++) {
            b.append(' ').append(tokens.get(i).text());
        }
        return b.toString();
    }

    public boolean overlaps(NameSpan o) {
        return unit == o.unit && start < o.end && o.start < end;
    }
}
