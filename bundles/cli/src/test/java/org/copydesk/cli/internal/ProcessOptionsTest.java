package org.copydesk.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessOptionsTest {
    @TempDir
    Path dir;

    @Test
    void parsesEveryOption() {
        ProcessOptions o = ProcessOptions.parse(new String[] {"process", "--desk", "world", "--published", "2020-01-01",
                "--format", "json,markdown", "--keep", "related", "--out", "outdir", "--threads", "3", "a.txt", "b"});
        assertEquals(LocalDate.of(2020, 1, 1), o.published());
        assertEquals(List.of("json", "markdown"), o.formats());
        assertEquals(Set.of("related"), o.keep());
        assertEquals(Path.of("outdir"), o.out());
        assertEquals(3, o.threads());
        assertEquals(List.of(Path.of("a.txt"), Path.of("b")), o.inputs());
    }

    @Test
    void defaultsToJson() {
        assertEquals(List.of("json"), ProcessOptions.parse(new String[] {"process", "x.txt"}).formats());
    }

    @Test
    void badOptionsSayWhy() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ProcessOptions.parse(new String[] {"process", "--published", "01/01/2020", "x"}))
                .getMessage().contains("not a date"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ProcessOptions.parse(new String[] {"process"}))
                .getMessage().contains("no input"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ProcessOptions.parse(new String[] {"process", "--bogus", "x"}))
                .getMessage().contains("unknown option --bogus"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ProcessOptions.parse(new String[] {"process", "x", "--out"}))
                .getMessage().contains("--out needs a value"));
    }

    @Test
    void outputNamesAreUniqueAndWritesAreAtomic() throws IOException {
        OutputFiles files = new OutputFiles(dir.resolve("out"));
        Path a = files.reserve("story", "json");
        Path b = files.reserve("story", "json");
        assertEquals("story.json", a.getFileName().toString());
        assertEquals("story-2.json", b.getFileName().toString());
        OutputFiles.writeAtomically(a, out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IOException.class, () -> OutputFiles.writeAtomically(b, out -> {
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
    void foldersExpandToTheirFilesInOrder() throws IOException {
        Files.createDirectories(dir.resolve("in/sub"));
        Files.writeString(dir.resolve("in/b.txt"), "b");
        Files.writeString(dir.resolve("in/sub/a.txt"), "a");
        Files.writeString(dir.resolve("in/.hidden"), "h");
        assertEquals(List.of(dir.resolve("in/b.txt"), dir.resolve("in/sub/a.txt")), Inputs.expand(List.of(dir.resolve("in"))));
    }
}
