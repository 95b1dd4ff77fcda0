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

    @Test
    void aBatchTakesTheLargestFilesFirstAndFilesOfOneSizeInTheOrderListed() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "a");
        Files.writeString(in.resolve("b.txt"), "b".repeat(300));
        Files.writeString(in.resolve("c.txt"), "c".repeat(20));
        Files.writeString(in.resolve("d.txt"), "d".repeat(20));
        Files.writeString(dir.resolve("single.txt"), "s".repeat(50));
        Inputs inputs = Inputs.expand(List.of(dir.resolve("missing.txt"), in, dir.resolve("single.txt")), HERE);
        assertEquals(List.of(dir.resolve("missing.txt"), in.resolve("a.txt"), in.resolve("b.txt"), in.resolve("c.txt"),
                in.resolve("d.txt"), dir.resolve("single.txt")), inputs.files(), "listed in name order");
        assertEquals(List.of(in.resolve("b.txt"), dir.resolve("single.txt"), in.resolve("c.txt"), in.resolve("d.txt"),
                in.resolve("a.txt"), dir.resolve("missing.txt")), inputs.largestFirst(), "a missing file counts as empty");
    }
}
