package org.copydesk.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;

import org.copydesk.api.edit.EntityEdits;
import org.copydesk.api.edit.TimelineEdits;
import org.copydesk.api.model.Article;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Provenance;
import org.copydesk.api.model.Source;
import org.copydesk.api.stage.ImportSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

class WorkspaceStoreTest {
    @TempDir
    Path root;

    private WorkspaceStore store;
    private ImportSource input;
    private String id;

    @BeforeEach
    void addOne() throws Exception {
        store = Fixtures.store(root);
        input = Fixtures.source("Port Strike (final).txt", "Port strike ends\n\nDockworkers in Rotterdam ...\n");
        id = store.add(input, List.of(Fixtures.article(input))).get(0).id();
    }

    private Path versions() {
        return root.resolve("articles").resolve(id).resolve("versions");
    }

    @Test
    void keepsTheOriginalBytesReadOnlyUnderAnIdMadeOfNameAndDigest() throws Exception {
        assertEquals("port-strike-final-" + input.sha256().substring(0, 8), id);
        Path original = store.original(id);
        assertEquals("Port Strike (final).txt", original.getFileName().toString());
        assertArrayEquals(input.content(), Files.readAllBytes(original));
        assertFalse(Files.getPosixFilePermissions(original).contains(PosixFilePermission.OWNER_WRITE), "the original is read-only");
        assertEquals(Fixtures.article(input), store.require(id));
    }

    @Test
    void theSameBytesAgainGiveTheSameIdAndNoDuplicate() throws Exception {
        store.edit(id, "rename", EntityEdits.rename("e1", "Port of Rotterdam"));
        List<WorkspaceStore.Added> again = store.add(Fixtures.source(input.fileName(), input.utf8()), List.of(Fixtures.article(input)));
        assertEquals(List.of(new WorkspaceStore.Added(id, true)), again, "the job says it was there already");
        assertEquals(List.of(id), store.ids());
        assertEquals("Port of Rotterdam", store.require(id).entity("e1").orElseThrow().name(), "re-import keeps the edits");
        assertEquals(2, store.history(id).entries.size());
    }

    @Test
    void eachArticleOfAFeedGetsItsOwnNumberedId() throws Exception {
        ImportSource feed = Fixtures.source("news.rss", "<rss>two items</rss>");
        Article first = Fixtures.article(feed);
        Article second = first.toBuilder().headline("Second item").source(feed.source("text", 1)).build();
        List<String> ids = store.add(feed, List.of(first, second)).stream().map(WorkspaceStore.Added::id).toList();
        String stem = "news-" + feed.sha256().substring(0, 8);
        assertEquals(List.of(stem + "-1", stem + "-2"), ids);
        assertEquals("Second item", store.require(stem + "-2").headline());
        assertEquals(1, Fixtures.store(root).require(stem + "-2").source().item(), "the item number survives a reload");
        assertTrue(store.ids().containsAll(ids));
    }

    @Test
    void editsAreRecordedWithTheirLabels() {
        Article edited = store.edit(id, "retype e3", EntityEdits.retype("e3", EntityType.PERSON));
        assertEquals(EntityType.PERSON, edited.entity("e3").orElseThrow().type());
        store.edit(id, "drop timeline event", TimelineEdits.drop(0));
        History h = store.history(id);
        assertEquals(List.of("import Port Strike (final).txt", "retype e3", "drop timeline event"),
                h.entries.stream().map(History.Entry::label).toList());
        assertEquals(List.of(1, 2, 3), h.entries.stream().map(History.Entry::version).toList());
        assertEquals(3, h.current);
        assertEquals("drop timeline event", h.undoLabel());
        assertTrue(Files.isRegularFile(versions().resolve("3.json")));
        assertEquals(1, store.require(id).timeline().size());
    }

    @Test
    void anEditThatChangesNothingAddsNoVersion() throws Exception {
        Article before = store.require(id);
        assertSame(before, store.edit(id, "nothing", EntityEdits.rename("e1", "Rotterdam")));
        assertEquals(1, store.history(id).entries.size());
        try (var files = Files.list(versions())) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void undoAndRedoMoveTheCurrentVersion() {
        Article v1 = store.require(id);
        Article v2 = store.edit(id, "rename", EntityEdits.rename("e1", "Port of Rotterdam"));
        assertEquals(v1, store.step(id, -1));
        assertEquals(v1, store.require(id));
        assertEquals("rename", store.history(id).redoLabel());
        assertThrows(HistoryEndException.class, () -> store.step(id, -1), "nothing left to undo");
        assertEquals(v2, store.step(id, +1));
        assertEquals(v2, store.require(id));
        assertThrows(HistoryEndException.class, () -> store.step(id, +1), "nothing left to redo");
    }

    @Test
    void anEditAfterUndoDropsTheRedoBranchAndItsFile() {
        store.edit(id, "rename", EntityEdits.rename("e1", "Port of Rotterdam"));
        store.edit(id, "delete", EntityEdits.remove("e3"));
        store.step(id, -1);
        store.step(id, -1);
        store.edit(id, "retype", EntityEdits.retype("e1", EntityType.MISC));
        History h = store.history(id);
        assertEquals(List.of("import Port Strike (final).txt", "retype"), h.entries.stream().map(History.Entry::label).toList());
        assertEquals(4, h.currentEntry().version(), "a dropped version's number is not reused");
        assertFalse(h.canRedo());
        assertFalse(Files.exists(versions().resolve("2.json")));
        assertFalse(Files.exists(versions().resolve("3.json")));
        assertTrue(Files.exists(versions().resolve("4.json")));
        Article now = store.require(id);
        assertEquals("Rotterdam", now.entity("e1").orElseThrow().name());
        assertEquals(EntityType.MISC, now.entity("e1").orElseThrow().type());
        assertTrue(now.entity("e3").isPresent());
    }

    @Test
    void aRestartSeesTheSameVersionHistoryAndState() throws Exception {
        store.edit(id, "rename", EntityEdits.rename("e1", "Port of Rotterdam"));
        store.edit(id, "restore", a -> a.restore("r1"));
        Article v2 = store.step(id, -1);
        store.state(Json.object().put("open", id).put("tab", "entities"));

        WorkspaceStore again = Fixtures.store(root);
        assertEquals(v2, again.require(id));
        assertEquals(Json.MAPPER.writeValueAsString(store.history(id)), Json.MAPPER.writeValueAsString(again.history(id)));
        assertEquals(2, again.history(id).current);
        assertEquals("restore", again.history(id).redoLabel());
        JsonNode state = again.state();
        assertEquals(id, state.path("open").asText());
        assertEquals("entities", state.path("tab").asText());
        assertEquals(4, again.step(id, +1).body().size(), "the redo still works after the restart");
    }

    @Test
    void theSourceAndProvenanceOfAnArticleSurviveAReload() throws Exception {
        store.edit(id, "rename", EntityEdits.rename("e1", "Port of Rotterdam"));
        Article reloaded = Fixtures.store(root).require(id);
        assertEquals(new Source("Port Strike (final).txt", "text", input.sha256(), 0), reloaded.source());
        assertEquals(List.of(Provenance.ok("import", "org.copydesk.importer.text", "1.0.0", 1.5)), reloaded.provenance());
    }

    @Test
    void idsAreNewestFirst() throws Exception {
        ImportSource b = Fixtures.source("b.txt", "second");
        ImportSource c = Fixtures.source("c.txt", "third");
        String idB = store.add(b, List.of(Fixtures.article(b))).get(0).id();
        String idC = store.add(c, List.of(Fixtures.article(c))).get(0).id();
        assertEquals(List.of(idC, idB, id), store.ids());
        assertEquals(List.of(idC, idB, id), Fixtures.store(root).ids());
    }

    @Test
    void deleteRemovesTheArticleWithItsReadOnlyOriginal() throws Exception {
        store.delete(id);
        assertEquals(List.of(), store.ids());
        assertTrue(store.article(id).isEmpty());
        assertFalse(Files.exists(root.resolve("articles").resolve(id)));
        assertThrows(NotFoundException.class, () -> store.delete(id));
    }

    @Test
    void unknownIdsAreNotFound() {
        assertTrue(store.article("no-such-article").isEmpty());
        for (String unknown : List.of("no-such-article", "../articles", "Upper-Case", "")) {
            assertThrows(NotFoundException.class, () -> store.require(unknown), unknown);
            assertThrows(NotFoundException.class, () -> store.history(unknown), unknown);
            assertThrows(NotFoundException.class, () -> store.step(unknown, -1), unknown);
            assertThrows(NotFoundException.class, () -> store.delete(unknown), unknown);
            assertThrows(NotFoundException.class, () -> store.original(unknown), unknown);
        }
        assertThrows(NotFoundException.class, () -> store.edit("no-such-article", "x", a -> a),
                "a Workspace caller sees the IllegalArgumentException its contract names");
    }
}
