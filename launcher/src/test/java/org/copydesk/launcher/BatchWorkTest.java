package org.copydesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchWorkTest {
    @TempDir
    Path dir;

    /** A file that says it holds this many bytes (sparse: it takes no room). */
    private Path sized(Path file, long bytes) throws IOException {
        Files.createDirectories(file.getParent());
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(bytes);
        }
        return file;
    }

    @Test
    void aSingleArticleIsNoBatchAndAFolderOfGigabytesIsOne() throws IOException {
        sized(dir.resolve("story.txt"), 2_000);
        long megabytes = BatchWork.FULL_JIT_MICROS / BatchWork.MB_MICROS + 1; // enough without counting the files
        for (int i = 0; i < 10; i++) {
            sized(dir.resolve("pages/p" + i + ".html"), megabytes * 100_000);
        }
        long threshold = BatchWork.FULL_JIT_MICROS;
        assertFalse(BatchWork.fullJitPays(new String[] {"process", "story.txt"}, dir, threshold));
        assertTrue(BatchWork.fullJitPays(new String[] {"process", "pages"}, dir, threshold));
        assertTrue(BatchWork.fullJitPays(new String[] {"--desk", "politics", "process", "--threads", "2", "pages", "story.txt"}, dir, threshold));
        assertTrue(BatchWork.fullJitPays(new String[] {"process", "story.txt"}, dir, BatchWork.FILE_MICROS), "a lowered threshold");
    }

    @Test
    void theThresholdIsTheEnvironmentsSecondsOrTheDefault() {
        assertEquals(BatchWork.FULL_JIT_MICROS, BatchWork.fullJitMicros(Map.of()));
        assertEquals(30_000_000, BatchWork.fullJitMicros(Map.of(BatchWork.FULL_JIT_ENV, "30")));
        assertEquals(2_500, BatchWork.fullJitMicros(Map.of(BatchWork.FULL_JIT_ENV, " 0.0025 ")));
        assertEquals(BatchWork.FULL_JIT_MICROS, BatchWork.fullJitMicros(Map.of(BatchWork.FULL_JIT_ENV, "-5")), "no number of seconds");
        assertEquals(BatchWork.FULL_JIT_MICROS, BatchWork.fullJitMicros(Map.of(BatchWork.FULL_JIT_ENV, "1e3")));
    }

    @Test
    void theWorkGrowsWithTheFilesAndTheirBytes() throws IOException {
        sized(dir.resolve("in/a.html"), 1_000_000);
        long one = BatchWork.micros(new String[] {"process", "in"}, dir, Long.MAX_VALUE);
        sized(dir.resolve("in/b.html"), 1_000_000);
        sized(dir.resolve("in/deeper/c.txt"), 0);
        long three = BatchWork.micros(new String[] {"process", "in"}, dir, Long.MAX_VALUE);
        assertEquals(BatchWork.FILE_MICROS + BatchWork.MB_MICROS, one);
        assertEquals(2 * one + BatchWork.FILE_MICROS, three);
    }

    @Test
    void optionValuesAndTheCommandAreNoInputsAndMissingInputsCountForNothing() throws IOException {
        sized(dir.resolve("out/old.json"), 1_000_000);
        sized(dir.resolve("process"), 1_000_000);
        sized(dir.resolve("politics"), 1_000_000);
        assertEquals(0, BatchWork.micros(new String[] {"--desk", "politics", "process", "--out", "out", "--format", "json", "gone.html"},
                dir, Long.MAX_VALUE));
    }

    @Test
    void theWalkEndsOnceTheBatchIsBigEnough() throws IOException {
        for (int i = 0; i < 100; i++) {
            sized(dir.resolve("in/" + i + ".txt"), 0);
        }
        long enough = 10 * BatchWork.FILE_MICROS;
        assertEquals(enough, BatchWork.micros(new String[] {"process", "in"}, dir, enough));
    }

    @Test
    void theClientCompilersRuntimeHandsABatchOverOnceItHasServedEnoughWork() {
        long batch = BatchWork.HANDOVER_MICROS;
        long article = BatchWork.FILE_MICROS;
        long threshold = BatchWork.FULL_JIT_MICROS;
        assertFalse(BatchWork.handsOver(threshold - 1, threshold, batch), "not before it has served enough");
        assertTrue(BatchWork.handsOver(threshold, threshold, batch));
        assertTrue(BatchWork.handsOver(threshold / 10, threshold / 10, batch), "the threshold it was started with");
        assertFalse(BatchWork.handsOver(10 * threshold, threshold, article), "a single article never pays the full JIT's start");
    }

    @Test
    void theHandOversCountReachesABatchsSizeUnderALoweredThreshold() throws IOException {
        for (int i = 0; i < 10; i++) {
            sized(dir.resolve("pages/p" + i + ".html"), 10_000_000); // 570 ms each under the client compiler
        }
        String[] line = {"process", "pages"};
        long lowered = BatchWork.FILE_MICROS;
        assertTrue(BatchWork.handsOver(lowered, lowered, BatchWork.handOverCount(line, dir, lowered)), "5.7 s: a hand-over batch");
        assertEquals(10 * (BatchWork.FILE_MICROS + 10 * BatchWork.MB_MICROS), BatchWork.handOverCount(line, dir, BatchWork.FULL_JIT_MICROS),
                "below the default threshold: counted to the end");
    }
}
