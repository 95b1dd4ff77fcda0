package org.copydesk.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.copydesk.cli.internal.Messages.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {
    /** This process's own working folder: relative paths resolve as the JVM resolves them. */
    private static final Path HERE = Path.of("");

    @TempDir
    Path dir;

    private static Inputs given(Path... paths) {
        return Inputs.expand(List.of(paths), HERE);
    }

    @Test
    void outputNamesAreUniqueAndWritesAreAtomic() throws Exception {
        OutputFiles files = OutputFiles.open(dir.resolve("out"), given(), HERE);
        Path a = files.reserve("story", "json");
        Path b = files.reserve("story", "json");
        assertEquals("story.json", a.getFileName().toString());
        assertEquals("story-2.json", b.getFileName().toString());
        OutputFiles.writeAtomically(a, HERE, out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IOException.class, () -> OutputFiles.writeAtomically(b, HERE, out -> {
            out.write('{');
            throw new IOException("exporter broke");
        }));
        assertEquals("{}", Files.readString(a));
        assertTrue(Files.notExists(b), "a failed write leaves no file");
        try (var s = Files.list(dir.resolve("out"))) {
            assertEquals(1, s.count(), "no temporary file is left behind");
        }
    }

    @Test
    void anOutputFolderThatIsOrLiesInAnInputFolderIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.json"), "{}");
        Refusal same = assertThrows(Refusal.class, () -> OutputFiles.open(in, given(in), HERE));
        assertTrue(same.getMessage().contains("is the input folder") && same.getMessage().contains("outputs would land among the inputs"),
                same.getMessage());
        Refusal inside = assertThrows(Refusal.class, () -> OutputFiles.open(in.resolve("out/deeper"), given(in), HERE));
        assertTrue(inside.getMessage().contains("lies inside the input folder"), inside.getMessage());
        assertFalse(Files.exists(in.resolve("out")), "nothing was created");
        Path link = Files.createSymbolicLink(dir.resolve("link"), in);
        assertThrows(Refusal.class, () -> OutputFiles.open(link, given(in), HERE), "the same folder by another name");
        OutputFiles.open(dir.resolve("elsewhere"), given(in), HERE); // beside it is fine
        OutputFiles.open(dir, given(in), HERE); // and so is a folder that holds the input folder: outputs go in it, not below
    }

    @Test
    void inputsOfOneBaseNameGetTheirStemsInTheOrderGiven() throws Exception {
        Path a = Files.writeString(Files.createDirectories(dir.resolve("a")).resolve("story.html"), "<p>a</p>");
        Path b = Files.writeString(Files.createDirectories(dir.resolve("b")).resolve("story.txt"), "b");
        Path c = Files.writeString(Files.createDirectories(dir.resolve("c")).resolve("story.html"), "<p>c</p>");
        Path two = Files.writeString(dir.resolve("story-2.html"), "<p>2</p>");
        Path other = Files.writeString(dir.resolve("other.html"), "<p>o</p>");
        OutputFiles files = OutputFiles.open(dir.resolve("out"), given(a, b, c, two, other), HERE);
        // asked for in the reverse order, as a batch's threads may finish
        assertEquals(List.of("other", "story-2", "story-4", "story-3", "story"),
                List.of(files.stem(other), files.stem(two), files.stem(c), files.stem(b), files.stem(a)));
        assertEquals("story-3.json", files.reserve(files.stem(b), "json").getFileName().toString());
        assertEquals("story.json", files.reserve(files.stem(a), "json").getFileName().toString());
    }

    @Test
    void anOutputNeverTakesTheNameOfAnInputInTheOutputFolder() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path input = Files.writeString(out.resolve("story.json"), "{}");
        OutputFiles files = OutputFiles.open(out, given(input), HERE);
        assertEquals("story-2.json", files.reserve("story", "json").getFileName().toString());
        Path elsewhere = Files.writeString(dir.resolve("story.json"), "{}");
        assertEquals("story.json", OutputFiles.open(out, given(elsewhere), HERE).reserve("story", "json").getFileName().toString(),
                "an input elsewhere does not move the output");
    }

    @Test
    void anOutputFolderThatIsAFileSaysSo() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        Refusal r = assertThrows(Refusal.class, () -> OutputFiles.open(file, given(), HERE));
        assertEquals("--out " + file + " is a file, not a folder: give a folder for the outputs", r.getMessage());
        Refusal below = assertThrows(Refusal.class, () -> OutputFiles.open(file.resolve("sub"), given(), HERE));
        assertTrue(below.getMessage().startsWith("cannot create the output folder " + file.resolve("sub") + ": "), below.getMessage());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void aWriteThatFailsNamesTheOutputNotItsTemporaryFile() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain"), "x");
        IOException e = assertThrows(IOException.class, () -> OutputFiles.writeAtomically(notAFolder.resolve("a.json"), HERE, o -> o.write('x')));
        assertTrue(e.getMessage().startsWith("cannot write " + notAFolder.resolve("a.json") + ": "), e.getMessage());
        assertFalse(e.getMessage().contains(".part"), e.getMessage());
    }

    @Test
    void aReadOnlyOutputFolderIsRefusedInAReadersWords() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write into any folder, so this runs as another user only");
        Path ro = Files.createDirectories(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Refusal r = assertThrows(Refusal.class, () -> OutputFiles.open(ro, given(), HERE));
            assertEquals("cannot write into the output folder " + ro + ": permission denied", r.getMessage());
            IOException e = assertThrows(IOException.class, () -> OutputFiles.writeAtomically(ro.resolve("a.json"), HERE, o -> o.write('x')));
            assertEquals("cannot write " + ro.resolve("a.json") + ": permission denied", e.getMessage());
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFolderThatRefusesNewFilesEvenToRootNamesTheOutputNotItsTemporaryFile() {
        // sysfs lets no one create files, root included, so this runs where the test above cannot
        Path sys = Path.of("/sys/kernel");
        assumeTrue(Files.isDirectory(sys), "no /sys here");
        IOException e = assertThrows(IOException.class, () -> OutputFiles.writeAtomically(sys.resolve("a.json"), HERE, o -> o.write('x')));
        assertEquals("cannot write " + sys.resolve("a.json") + ": permission denied", e.getMessage());
    }
}
