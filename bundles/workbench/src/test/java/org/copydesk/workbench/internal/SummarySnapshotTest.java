package org.copydesk.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.copydesk.api.model.Article;
import org.copydesk.api.stage.ImportSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snapshot of the summaries: used at start for each article whose history is unchanged, never
 * for one whose history changed, is new or is gone; ignored with one line when it cannot be read.
 */
class SummarySnapshotTest {
    @TempDir
    Path root;

    private final List<String> warnings = new ArrayList<>();
    private String first;
    private String second;

    @BeforeEach
    void twoArticlesAndASnapshot() throws IOException {
        WorkspaceStore store = open();
        first = add(store, "first.txt", "First headline");
        second = add(store, "second.txt", "Second headline");
        store.close();
        assertTrue(Files.isRegularFile(snapshotFile()), "closing writes the snapshot");
    }

    private WorkspaceStore open() throws IOException {
        return Fixtures.store(root, warnings::add, Duration.ofHours(1));
    }

    private static String add(WorkspaceStore store, String name, String headline) {
        ImportSource in = Fixtures.source(name, headline + "\n\ntext of " + name + "\n");
        Article a = Fixtures.article(in).toBuilder().headline(headline).build();
        return store.add(in, List.of(a)).get(0).id();
    }

    private Path snapshotFile() {
        return root.resolve(SummarySnapshot.FILE);
    }

    /** What the list shows of an article. */
    private static Summary summary(WorkspaceStore store, String id) {
        return store.list(new ArticleIndex.Query(null, null, null, ArticleIndex.Sort.CREATED, false, 0, 100)).items().stream()
                .filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static String headline(WorkspaceStore store, String id) {
        return summary(store, id).headline();
    }

    /** Rewrites the snapshot's text for one article, its stamp kept: what the start then shows came from the snapshot. */
    private void markInSnapshot(String headline, String replacement) throws IOException {
        String text = Files.readString(snapshotFile());
        assertTrue(text.contains("\"" + headline + "\""));
        Files.writeString(snapshotFile(), text.replace("\"" + headline + "\"", "\"" + replacement + "\""));
    }

    @Test
    void theStartTakesTheSummaryOfAnUnchangedHistoryFromTheSnapshot() throws IOException {
        markInSnapshot("First headline", "Taken from the snapshot");
        WorkspaceStore store = open();
        assertEquals("Taken from the snapshot", headline(store, first), "the history was not read");
        assertEquals(List.of(), warnings);
        assertEquals(2, store.ids().size());
    }

    @Test
    void aHistoryChangedSinceTheSnapshotIsReadAgain() throws IOException {
        WorkspaceStore edited = open();
        edited.edit(first, "retitle", a -> a.toBuilder().headline("Changed after the snapshot").build());
        // stopped without closing: the snapshot still has the old summary
        assertTrue(Files.readString(snapshotFile()).contains("\"First headline\""));
        markInSnapshot("Second headline", "Taken from the snapshot");
        WorkspaceStore store = open();
        assertEquals("Changed after the snapshot", headline(store, first));
        assertEquals(2, summary(store, first).version());
        assertEquals("Taken from the snapshot", headline(store, second), "the unchanged one still comes from the snapshot");
    }

    @Test
    void anUndoSinceTheSnapshotIsSeen() throws IOException {
        WorkspaceStore edited = open();
        edited.edit(first, "retitle", a -> a.toBuilder().headline("First headlinX").build());
        edited.close();
        WorkspaceStore again = open();
        again.step(first, -1); // not closed: the snapshot has the retitled version
        assertEquals("First headline", headline(open(), first));
    }

    @Test
    void anArticleAddedOrRemovedSinceTheSnapshotIsShownAsItIs() throws IOException {
        WorkspaceStore store = open();
        String third = add(store, "third.txt", "Third headline");
        store.delete(first);
        // not closed: the snapshot knows the first, not the third; the second's folder goes by hand
        try (Stream<Path> s = Files.walk(root.resolve("articles").resolve(second))) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.delete(p);
            }
        }
        WorkspaceStore reopened = open();
        assertEquals(List.of(third), reopened.ids());
        assertEquals("Third headline", headline(reopened, third));
        reopened.close();
        assertEquals(List.of(third), List.copyOf(new SummarySnapshot(root, Duration.ZERO, warnings::add).read().keySet()),
                "the snapshot written at close has only the articles there are");
    }

    @Test
    void aCorruptCutShortOrForeignSnapshotIsIgnoredWithOneLineAndWrittenAnew() throws IOException {
        byte[] whole = Files.readAllBytes(snapshotFile());
        for (byte[] bad : List.of(java.util.Arrays.copyOf(whole, whole.length / 2),
                "not json at all".getBytes(StandardCharsets.UTF_8),
                new String(whole, StandardCharsets.UTF_8).replace("\"format\":1", "\"format\":2").getBytes(StandardCharsets.UTF_8),
                (new String(whole, StandardCharsets.UTF_8) + "{}").getBytes(StandardCharsets.UTF_8))) {
            Files.write(snapshotFile(), bad);
            warnings.clear();
            WorkspaceStore store = open();
            assertEquals(1, warnings.size(), () -> "one line: " + warnings);
            assertTrue(warnings.get(0).contains(SummarySnapshot.FILE) && warnings.get(0).contains("every history is read"), warnings.get(0));
            assertEquals("First headline", headline(store, first));
            assertEquals("Second headline", headline(store, second));
            store.close();
            warnings.clear();
            Map<String, SummarySnapshot.Item> rebuilt = new SummarySnapshot(root, Duration.ZERO, warnings::add).read();
            assertEquals(List.of(), warnings);
            assertEquals(2, rebuilt.size(), "written anew at close");
        }
    }

    @Test
    void anEditMarksTheSnapshotDueAndItIsWrittenDurablyAfterTheSettle() throws Exception {
        WorkspaceStore store = Fixtures.store(root, warnings::add, Duration.ofMillis(200));
        long before = Files.getLastModifiedTime(snapshotFile()).toMillis();
        Object keyBefore = Files.readAttributes(snapshotFile(), java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        store.edit(first, "retitle", a -> a.toBuilder().headline("Edited once").build());
        store.edit(first, "retitle", a -> a.toBuilder().headline("Edited twice").build());
        assertTrue(Files.readString(snapshotFile()).contains("\"First headline\""), "an edit does not write the snapshot itself");
        for (int i = 0; i < 100 && !Files.readString(snapshotFile()).contains("Edited twice"); i++) {
            Thread.sleep(50);
        }
        assertTrue(Files.readString(snapshotFile()).contains("\"Edited twice\""), "written after the settle");
        assertTrue(Files.getLastModifiedTime(snapshotFile()).toMillis() >= before);
        assertFalse(keyBefore.equals(Files.readAttributes(snapshotFile(), java.nio.file.attribute.BasicFileAttributes.class).fileKey()),
                "a new file renamed into place, not the old one written over");
        try (Stream<Path> s = Files.list(root)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().startsWith(DurableFiles.TEMP_PREFIX)).toList(), "no temporary file left");
        }
        store.close();
        store.edit(first, "retitle", a -> a.toBuilder().headline("Edited as the runtime stops").build());
        assertEquals("Edited as the runtime stops", headline(open(), first), "an edit after the close is saved and seen");
        assertEquals(List.of(), warnings);
    }
}
