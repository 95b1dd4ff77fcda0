package org.copydesk.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafePathsTest {
    @TempDir
    Path tmp;

    private Path root() throws Exception {
        return Files.createDirectories(tmp.resolve("inbox"));
    }

    @Test
    void acceptsNestedFoldersAndFilesThatDoNotExistYet() throws Exception {
        Path root = root();
        Files.createDirectories(root.resolve("wires/2024"));
        assertEquals(root.resolve("wires/2024/story one.html"), SafePaths.inside(root, "wires/2024/story one.html"));
        assertEquals(root.resolve("new/folder/x.txt"), SafePaths.inside(root, "new/folder/x.txt"));
        assertEquals(root, SafePaths.inside(root, ""));
        assertEquals(root, SafePaths.inside(root, null));
    }

    @Test
    void refusesNamesThatWouldLeaveTheFolder() throws Exception {
        Path root = root();
        for (String bad : List.of("..", "../secret.txt", "a/../../b", "a/./b", "/etc/passwd", "a//b", "a/", "a\\..\\b",
                "C:evil.txt", "a/\u0000b")) {
            IllegalArgumentException f = assertThrowsExactly(IllegalArgumentException.class, () -> SafePaths.inside(root, bad), bad);
            assertTrue(f.getMessage().contains("not a path inside the workspace"), f.getMessage());
        }
    }

    @Test
    void refusesASymbolicLinkThatLeadsOutside() throws Exception {
        Path root = root();
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(root.resolve("out"), outside);
        Files.createSymbolicLink(root.resolve("secret.txt"), outside.resolve("secret.txt"));
        for (String bad : List.of("out", "out/secret.txt", "secret.txt", "out/not-yet.txt", "out/new/folder/x.txt")) {
            assertThrowsExactly(IllegalArgumentException.class, () -> SafePaths.inside(root, bad), bad);
        }
    }

    @Test
    void acceptsASymbolicLinkThatStaysInside() throws Exception {
        Path root = root();
        Files.createDirectories(root.resolve("real"));
        Files.writeString(root.resolve("real/a.txt"), "a");
        Files.createSymbolicLink(root.resolve("alias"), root.resolve("real"));
        assertEquals(root.resolve("alias/a.txt"), SafePaths.inside(root, "alias/a.txt"));
    }

    @Test
    void articleIdsAreWhatTheWorkspaceMakes() {
        assertEquals("port-strike-1a2b3c4d-2", SafePaths.id("port-strike-1a2b3c4d-2"));
        for (String bad : new String[] {null, "", "-leading", "Upper", "a/b", "..", "a.b", "x".repeat(101)}) {
            assertThrows(NotFoundException.class, () -> SafePaths.id(bad), bad);
        }
    }

    @Test
    void fileNamesLoseTheirFoldersAndOddCharacters() {
        assertEquals("story.html", SafePaths.fileName("story.html"));
        assertEquals("story.html", SafePaths.fileName("../../etc/story.html"));
        assertEquals("story.html", SafePaths.fileName("C:\\Users\\me\\story.html"));
        assertEquals("a_b_.txt", SafePaths.fileName("a:b\u0001.txt"));
        assertEquals("unnamed", SafePaths.fileName(".."));
        assertEquals("unnamed", SafePaths.fileName("folder/"));
        assertEquals("unnamed", SafePaths.fileName(null));
        String longName = "x".repeat(300) + ".txt";
        assertEquals(200, SafePaths.fileName(longName).length());
        assertTrue(SafePaths.fileName(longName).endsWith(".txt"), "the extension is kept");
    }
}
