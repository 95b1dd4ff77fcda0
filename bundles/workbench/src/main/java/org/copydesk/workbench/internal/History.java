package org.copydesk.workbench.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An article's versions, oldest first, and which one is current: undo moves back, redo forward, and
 * an edit after an undo drops the versions that could have been redone. The file also holds the
 * summary of the current version that the workspace list shows, written with it, so the two always agree.
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
    /** The current version as the workspace list shows it; null in workspaces of earlier releases. */
    @JsonProperty("summary")
    Summary summary;

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

    /** The entry of a version number, if the history still has it. */
    java.util.Optional<Entry> entry(int version) {
        return entries.stream().filter(e -> e.version() == version).findFirst();
    }

    /** What the versions after {@code version} did, oldest first: why an edit made on it meets a newer one. */
    List<String> labelsSince(int version) {
        List<String> out = new ArrayList<>();
        boolean after = false;
        for (Entry e : entries.subList(0, current)) {
            if (after) {
                out.add(e.label());
            }
            after |= e.version() == version;
        }
        return out;
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
