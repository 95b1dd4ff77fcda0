package org.copydesk.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class HistoryTest {
    @Test
    void roundTripsThroughJson() throws Exception {
        History h = History.first("import a.txt");
        h.add("rename");
        h.add("delete");
        h.current = 2;
        String json = Json.MAPPER.writeValueAsString(h);
        JsonNode tree = Json.MAPPER.readTree(json);
        assertEquals(2, tree.path("current").asInt());
        assertEquals(3, tree.path("last").asInt());
        assertEquals("rename", tree.at("/entries/1/label").asText());
        assertEquals(List.of("current", "last", "entries", "summary"), fieldNames(tree), "only the state and the list's summary are written");

        History back = Json.MAPPER.readValue(json, History.class);
        assertEquals(h.entries, back.entries);
        assertEquals(2, back.current);
        assertEquals(3, back.last);
        assertEquals("rename", back.undoLabel());
        assertEquals("delete", back.redoLabel());
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void anAddAfterUndoReturnsTheDroppedVersions() {
        History h = History.first("import");
        h.add("one");
        h.add("two");
        h.current = 1;
        List<History.Entry> dropped = h.add("three");
        assertEquals(List.of(2, 3), dropped.stream().map(History.Entry::version).toList());
        assertEquals(List.of(1, 4), h.entries.stream().map(History.Entry::version).toList());
        assertEquals(2, h.current);
        assertFalse(h.canRedo());
        assertNull(h.redoLabel());
        assertTrue(h.canUndo());
        History fresh = History.first("import");
        assertFalse(fresh.canUndo());
        assertNull(fresh.undoLabel());
    }
}
