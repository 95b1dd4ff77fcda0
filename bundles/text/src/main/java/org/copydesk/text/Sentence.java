package org.copydesk.text;

/** A sentence as {@code [start, end)} of its paragraph. */
public record Sentence(int start, int end) {
    public String of(String paragraph) {
        return paragraph.substring(start, end);
    }
}
