package org.copydesk.api.model;

import java.util.Objects;

/** One occurrence of an entity in the text. */
public record Mention(Field field, int paragraph, int start, int end, String text) implements Span {
    public Mention {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end + " for '" + text + "'");
        }
    }

    Mention atParagraph(int p) {
        return new Mention(field, p, start, end, text);
    }
}
