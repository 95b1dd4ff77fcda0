package org.copydesk.strip.rules.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A desk's examples file grows with every edit: reading it keeps the newest examples and skips overlong lines. */
class ExamplesFileTest {
    @TempDir
    Path dir;

    private static String example(int k, String edit) {
        return "{\"text\": \"Line " + k + " of the desk.\", \"label\": \"promo\", \"edit\": \"" + edit + "\"}\n";
    }

    @Test
    void onlyTheNewestExamplesAreKeptAndTheReaderIsToldHowManyWereLeftOut() throws IOException {
        Path file = dir.resolve("strip-examples.jsonl");
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < 10; k++) {
            text.append(example(k, "e" + k));
        }
        text.append("{\"withdraw\": \"e8\", \"source\": \"undo\"}\n"); // the newest window still honours an undo
        text.append("{\"withdraw\": \"e1\", \"source\": \"undo\"}\n"); // of an example already left out: nothing to do
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        List<DeskExample> read = ExamplesFile.read(file, problems::add, 4, 1_000);
        assertEquals(List.of("Line 6 of the desk.", "Line 7 of the desk.", "Line 9 of the desk."),
                read.stream().map(DeskExample::text).toList());
        assertEquals(List.of(file + ": 6 older examples left out; a desk trains on its newest 4"), problems);
    }

    @Test
    void aLineLongerThanTheBoundIsSkippedUnreadAndTheNextLineStillCounts() throws IOException {
        Path file = dir.resolve("strip-examples.jsonl");
        String huge = "{\"text\": \"" + "x".repeat(5_000) + "\", \"label\": \"appeal\"}\n";
        Files.writeString(file, example(1, "") + huge + example(3, "") + huge.strip(), StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        List<DeskExample> read = ExamplesFile.read(file, problems::add, 100, 1_000);
        assertEquals(List.of("Line 1 of the desk.", "Line 3 of the desk."), read.stream().map(DeskExample::text).toList());
        assertEquals(List.of(file + " line 2: longer than 1000 characters; skipped",
                file + " line 4: longer than 1000 characters; skipped"), problems);
    }

    @Test
    void theDefaultBoundsHoldAnOrdinaryDesk() throws IOException {
        Path file = dir.resolve("strip-examples.jsonl");
        Files.writeString(file, example(1, "a") + "\r\n" + example(2, "b").replace("\n", "\r\n"), StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        assertEquals(2, ExamplesFile.read(file, problems::add).size());
        assertEquals(List.of(), problems);
    }
}
