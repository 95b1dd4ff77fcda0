package org.copydesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameworkStorageTest {
    @TempDir
    Path tmp;

    private Path storage(String name, String owner) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve(name));
        Files.writeString(Files.createDirectories(folder.resolve("bundle1")).resolve("bundle.info"), "x");
        if (owner != null) {
            Files.writeString(folder.resolve("owner.pid"), owner);
        }
        return folder;
    }

    @Test
    void theFoldersOfKilledRunsAreRemovedAndLiveOnesKept() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        Path killed = storage("copydesk-felix-1", Long.toString(finished.pid()));
        Path live = storage("copydesk-felix-2", Long.toString(ProcessHandle.current().pid()));
        Path unowned = storage("copydesk-felix-3", null);
        Path other = storage("someone-else", Long.toString(finished.pid()));

        FrameworkStorage.removeAbandoned(tmp);

        assertFalse(Files.exists(killed), "the storage of a process that is gone is removed");
        assertTrue(Files.exists(live.resolve("bundle1/bundle.info")), "a running process keeps its storage");
        assertTrue(Files.exists(unowned), "a folder that names no owner is not ours to judge");
        assertTrue(Files.exists(other), "only copydesk-felix-* folders are looked at");
    }

    @Test
    void aNewStorageNamesItsOwnerAndIsRemovedWhole() throws Exception {
        String before = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", tmp.toString());
        try {
            Path storage = FrameworkStorage.create();
            assertTrue(storage.getFileName().toString().startsWith("copydesk-felix-"));
            assertEquals(Long.toString(ProcessHandle.current().pid()), Files.readString(storage.resolve("owner.pid")));
            Files.createDirectories(storage.resolve("fileinstall/x"));
            FrameworkStorage.delete(storage);
            assertFalse(Files.exists(storage));
        } finally {
            System.setProperty("java.io.tmpdir", before);
        }
    }
}
