package org.copydesk.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ProcessOptionsTest {
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
    void theDeskMayComeBeforeTheCommand() {
        assertEquals(List.of(Path.of("a.txt")), ProcessOptions.parse(new String[] {"--desk", "world", "process", "a.txt"}).inputs());
        assertEquals(List.of(Path.of("process")), ProcessOptions.parse(new String[] {"process", "process"}).inputs(),
                "a file called process is still an input");
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
    void verboseAsksForStackTraces() {
        assertTrue(ProcessOptions.parse(new String[] {"process", "--verbose", "x.txt"}).verbose());
        assertEquals(List.of(Path.of("x.txt")), ProcessOptions.parse(new String[] {"process", "--verbose", "x.txt"}).inputs());
    }
}
