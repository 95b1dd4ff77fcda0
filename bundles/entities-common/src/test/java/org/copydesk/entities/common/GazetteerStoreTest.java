package org.copydesk.entities.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;

import org.copydesk.text.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerStoreTest {
    @Test
    void bundledListsMatchLongestFirst() {
        Gazetteer g = new GazetteerStore(null).current();
        var tokens = Tokenizer.tokenize("The United Nations met in New York and Baghdad with Nato and Iraqi envoys.");
        List<String> found = g.matches(tokens).stream()
                .map(h -> tokens.subList(h.start(), h.end()).stream().map(t -> t.text()).reduce((x, y) -> x + " " + y).orElse(""))
                .toList();
        assertTrue(found.containsAll(List.of("United Nations", "New York", "Baghdad", "Nato", "Iraqi")), found.toString());
        assertEquals(Set.of(GazetteerCategory.DEMONYM), g.lookup(Tokenizer.tokenize("Iraqi"), 0, 1));
    }

    @Test
    void deskFileIsPickedUpAndReloadedWithoutRestart(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("organizations.txt");
        Files.writeString(f, "# our desk\nZorblax Holdings\n");
        GazetteerStore store = new GazetteerStore(dir);
        var tokens = Tokenizer.tokenize("Zorblax Holdings and Quuxco Partners");
        assertEquals(Set.of(GazetteerCategory.ORGANIZATION), store.current().lookup(tokens, 0, 2));
        assertEquals(Set.of(), store.current().lookup(tokens, 3, 5));

        Files.writeString(f, "Zorblax Holdings\nQuuxco Partners\n");
        Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        Thread.sleep(1100); // the store looks at the files at most once a second
        assertEquals(Set.of(GazetteerCategory.ORGANIZATION), store.current().lookup(tokens, 3, 5));
    }

    @Test
    void deskFolderDefaultsToCopydeskHome() throws IOException {
        assertEquals(Path.of("/opt/cd", "config", "entities"), GazetteerStore.deskFolder("/opt/cd", ""));
        assertEquals(Path.of("/x"), GazetteerStore.deskFolder("/opt/cd", "/x"));
        assertEquals(null, GazetteerStore.deskFolder(null, " "));
    }
}
