package org.copydesk.formats.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.copydesk.api.stage.ImportException;
import org.copydesk.api.stage.ImportSource;
import org.copydesk.api.stage.Importer;

/** A file cut anywhere (a broken transfer) must be refused with a clear message, never a crash. */
public final class Truncation {
    private Truncation() {
    }

    /**
     * Cuts {@code whole} every 7th byte up to {@code tail} bytes before its end and checks the importer
     * refuses each cut with a message that starts with {@code expectedStart}.
     */
    public static void refusedEverywhere(Importer importer, byte[] whole, String fileName, int tail, String expectedStart) {
        for (int cut = 1; cut < whole.length - tail; cut += 7) {
            ImportSource part = new ImportSource(fileName, Arrays.copyOf(whole, cut), null);
            ImportException e = assertThrows(ImportException.class, () -> importer.read(part), "cut at " + cut);
            assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
        }
    }
}
