package org.copydesk.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Removal;
import org.copydesk.api.model.TimelineEntry;
import org.copydesk.api.stage.ImportSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every write names the version it was made on: a stale one is merged when it can be, refused when not. */
class StaleEditsTest {
    @TempDir
    Path root;

    private WorkspaceStore store;
    private String id;
    private int v1;

    @BeforeEach
    void addOne() throws Exception {
        store = Fixtures.store(root);
        ImportSource input = Fixtures.source("strike.txt", "x");
        id = store.add(input, List.of(Fixtures.article(input))).get(0).id();
        v1 = store.version(id);
    }

    private static String body(List<String> paragraphs) {
        return "'body':[" + String.join(",", paragraphs.stream().map(p -> "'" + p + "'").toList()) + "]";
    }

    private Article save(int base, String json) throws Exception {
        return store.edit(id, base, EditsTest.edit(json));
    }

    @Test
    void aRestoreThenATextEditMadeBeforeItKeepBoth() throws Exception {
        // the editor loaded version 1, the removed view restored a block, then the editor saved
        Article restored = save(v1, "{'op':'restore','removal':'r1'}");
        assertEquals(4, restored.body().size());
        List<String> mine = new ArrayList<>(Fixtures.BODY);
        mine.set(2, "Anna de Vries thanked the port workers warmly.");
        Article saved = save(v1, "{'op':'text','headline':'Port strike ends','standfirst':'Dockworkers accept a pay deal'," + body(mine) + "}");
        assertEquals(List.of(Fixtures.BODY.get(0), "Subscribe to our newsletter", Fixtures.BODY.get(1),
                "Anna de Vries thanked the port workers warmly."), saved.body(), "the restored block stays and the edit is in");
        assertEquals(List.of("Share this story"), saved.removed().stream().map(Removal::text).toList(),
                "the restored block is not back in the removed list");
        assertEquals(3, store.history(id).entries.size());
    }

    @Test
    void twoWritersOfDifferentParagraphsMerge() throws Exception {
        List<String> a = new ArrayList<>(Fixtures.BODY);
        a.set(0, "Dockworkers in Rotterdam ended their long strike on Monday.");
        save(v1, "{'op':'text'," + body(a) + "}");
        List<String> b = new ArrayList<>(Fixtures.BODY);
        b.set(2, "Anna de Vries thanked the workers.");
        Article merged = save(v1, "{'op':'text'," + body(b) + "}");
        assertEquals(List.of(a.get(0), Fixtures.BODY.get(1), b.get(2)), merged.body());
    }

    @Test
    void twoWritersOfOneParagraphClashAndNothingIsApplied() throws Exception {
        List<String> a = new ArrayList<>(Fixtures.BODY);
        a.set(1, "Union leader Anna de Vries called the deal fair.");
        Article first = save(v1, "{'op':'text'," + body(a) + "}");
        List<String> b = new ArrayList<>(Fixtures.BODY);
        b.set(1, "Union leader Anna de Vries said the deal was good.");
        EditConflict c = assertThrows(EditConflict.class, () -> save(v1, "{'op':'text'," + body(b) + "}"));
        assertTrue(c.getMessage().startsWith("Not saved: paragraph 2 was changed both here and in the newer version"), c.getMessage());
        assertTrue(c.getMessage().contains("since you opened it: edit 1 paragraph"), c.getMessage());
        assertEquals(first, store.require(id), "the newer version stands");
        assertEquals(2, store.history(id).entries.size());
    }

    @Test
    void aStaleEntityEditGoesOnUnlessItsEntityChanged() throws Exception {
        save(v1, "{'op':'text','headline':'Strike over'}");
        Article renamed = save(v1, "{'op':'renameEntity','entity':'e1','name':'Port of Rotterdam'}");
        assertEquals("Port of Rotterdam", renamed.entity("e1").orElseThrow().name());
        assertEquals("Strike over", renamed.headline());
        assertThrows(EditConflict.class, () -> save(v1, "{'op':'retypeEntity','entity':'e1','type':'ORGANIZATION'}"),
                "e1 was renamed since version 1");
    }

    @Test
    void aStaleTimelineEditFindsItsEventAtItsNewPlace() throws Exception {
        int v2 = store.version(id);
        save(v2, "{'op':'correctTimeline','index':1,'date':'2024-03-01'}"); // now first
        Article dropped = save(v2, "{'op':'dropTimeline','index':0}");       // made when "Dockworkers..." was first
        assertEquals(List.of("Anna de Vries said the deal was fair"), dropped.timeline().stream().map(TimelineEntry::text).toList());
    }

    @Test
    void anUndoMadeOnAnOlderVersionIsRefused() throws Exception {
        save(v1, "{'op':'text','headline':'Strike over'}");
        assertThrows(EditConflict.class, () -> store.step(id, -1, v1), "it would undo an edit its window never saw");
        assertEquals("Port strike ends", store.step(id, -1, store.version(id)).headline(), "named with the version it shows, it undoes");
    }

    @Test
    void aVersionThatWasUndoneAndReplacedCannotBeABase() throws Exception {
        save(v1, "{'op':'text','headline':'One'}");
        int v2 = store.version(id);
        store.step(id, -1, v2);
        save(v1, "{'op':'text','headline':'Two'}"); // drops version 2
        EditConflict c = assertThrows(EditConflict.class, () -> save(v2, "{'op':'text','headline':'Three'}"));
        assertTrue(c.getMessage().contains("undone and replaced"), c.getMessage());
    }
}
