package org.copydesk.api.model;

import java.util.Objects;

/**
 * A TIMEX3-style time expression.
 *
 * @param value the TIMEX3 value: {@code 2019-12-29}, {@code 2020-01-01TMO}, {@code P40Y},
 *              {@code PRESENT_REF}; {@code XXXX-XX-XX} style when no anchor allows resolving it
 */
public record TimeExpression(Field field, int paragraph, int start, int end, String text, TimexType type, String value)
        implements Span {
    public TimeExpression {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end + " for '" + text + "'");
        }
    }

    TimeExpression atParagraph(int p) {
        return new TimeExpression(field, p, start, end, text, type, value);
    }
}
