package org.copydesk.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
    /** This process's own working folder: relative paths resolve as the JVM resolves them. */
    private static final Path HERE = Path.of("");

    @TempDir
    Path dir;

    @Test
    void foldersExpandToTheirFilesInOrder() throws IOException {
        Files.createDirectories(dir.resolve("in/sub"));
        Files.createDirectories(dir.resolve("in/.git"));
        Files.writeString(dir.resolve("in/b.txt"), "b");
        Files.writeString(dir.resolve("in/sub/a.txt"), "a");
        Files.writeString(dir.resolve("in/.hidden"), "h");
        Files.writeString(dir.resolve("in/.git/config"), "h");
        Inputs inputs = Inputs.expand(List.of(dir.resolve("in"), dir.resolve("single.txt")), HERE);
        assertEquals(List.of(dir.resolve("in/b.txt"), dir.resolve("in/sub/a.txt"), dir.resolve("single.txt")), inputs.files());
        assertEquals(List.of(dir.resolve("in").toRealPath()), inputs.folders());
        assertTrue(inputs.skipped().isEmpty(), inputs.skipped().toString());
    }

    @Test
    void linksAreFollowedAndThoseLeadingNowhereAreSaid() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("c.txt"), "c");
        Files.createSymbolicLink(in.resolve("linked"), elsewhere);
        Files.createSymbolicLink(in.resolve("up"), in); // a loop: in/up/up/up...
        Files.createSymbolicLink(in.resolve("self.txt"), in.resolve("self.txt"));
        Files.createSymbolicLink(in.resolve("gone.txt"), dir.resolve("nothing-here.txt"));
        Inputs inputs = Inputs.expand(List.of(in), HERE);
        assertEquals(List.of(in.resolve("linked/c.txt")), inputs.files());
        assertEquals(3, inputs.skipped().size(), inputs.skipped().toString());
        assertEquals("skipped: a symbolic link loop (it leads back to a folder above it)", inputs.skipped().get(in.resolve("up")));
        assertEquals("skipped: a symbolic link that leads to no file (broken, or a loop)", inputs.skipped().get(in.resolve("self.txt")));
        assertEquals("skipped: a symbolic link that leads to no file (broken, or a loop)", inputs.skipped().get(in.resolve("gone.txt")));
    }
}
