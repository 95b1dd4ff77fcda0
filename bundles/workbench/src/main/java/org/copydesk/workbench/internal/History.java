package org.copydesk.workbench.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An article's versions, oldest first, and which one is current: undo moves back, redo forward, and
 * an edit after an undo drops the versions that could have been redone.
 */
final class History {
    /** One version: its number (its file name), what made it, and when. */
    record Entry(@JsonProperty("version") int version, @JsonProperty("label") String label, @JsonProperty("time") String time) {
    }

    @JsonProperty("current")
    int current;
    /** The highest version number ever given, so a dropped version's file is never reused. */
    @JsonProperty("last")
    int last;
    @JsonProperty("entries")
    List<Entry> entries = new ArrayList<>();

    static History first(String label) {
        History h = new History();
        h.entries.add(new Entry(1, label, Instant.now().toString()));
        h.current = 1;
        h.last = 1;
        return h;
    }

    /** Records a new version after the current one and returns the versions it made unreachable. */
    List<Entry> add(String label) {
        List<Entry> dropped = new ArrayList<>(entries.subList(current, entries.size()));
        entries.subList(current, entries.size()).clear();
        entries.add(new Entry(++last, label, Instant.now().toString()));
        current = entries.size();
        return dropped;
    }

    boolean canUndo() {
        return current > 1;
    }

    boolean canRedo() {
        return current < entries.size();
    }

    Entry currentEntry() {
        return entries.get(current - 1);
    }

    /** The label of what an undo would take back, or null. */
    String undoLabel() {
        return canUndo() ? currentEntry().label() : null;
    }

    /** The label of what a redo would do again, or null. */
    String redoLabel() {
        return canRedo() ? entries.get(current).label() : null;
    }
}
