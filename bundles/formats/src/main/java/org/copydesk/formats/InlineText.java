package org.copydesk.formats;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;

/**
 * Rebuilds one field's text from marked-up content (XML or HTML text nodes with entity elements
 * around some of them), collapsing layout whitespace as markup readers do and keeping the offsets
 * of the marked runs right in the collapsed text.
 */
public final class InlineText {
    private record Open(EntityType type, String name, int start) {
    }

    private record Marked(EntityType type, String name, int start, int end) {
    }

    private final StringBuilder text = new StringBuilder();
    private final Deque<Open> open = new ArrayDeque<>();
    private final List<Marked> marked = new ArrayList<>();

    /** Appends character data; runs of XML whitespace become one space, none at the start. */
    public void text(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
            } else {
                text.append(c);
            }
        }
    }

    /** A separator between blocks merged into one field (two abstract paragraphs, say). */
    public void space() {
        text(" ");
    }

    /** Opens an entity element; {@code name} is its canonical name, or null to use the text it covers. */
    public void open(EntityType type, String name) {
        open.push(new Open(type, name, text.length()));
    }

    /** Closes the innermost open entity element. */
    public void close() {
        Open o = open.pop();
        marked.add(new Marked(o.type(), o.name(), o.start(), text.length()));
    }

    public boolean isEmpty() {
        return text.toString().isBlank();
    }

    /** The finished text, trailing space dropped; its marked runs go to {@code into} as mentions. */
    public String finish(EntityCollector into, Field field, int paragraph) {
        int len = text.length();
        while (len > 0 && text.charAt(len - 1) == ' ') {
            len--;
        }
        String s = text.substring(0, len);
        for (Marked m : marked) {
            int start = m.start();
            int end = Math.min(m.end(), len);
            // markup often wraps a name with the space before it: the mention is the name alone
            while (start < end && s.charAt(start) == ' ') {
                start++;
            }
            while (end > start && s.charAt(end - 1) == ' ') {
                end--;
            }
            if (start < end) {
                into.mention(m.type(), m.name(), field, paragraph, start, end, s.substring(start, end));
            }
        }
        return s;
    }
}
