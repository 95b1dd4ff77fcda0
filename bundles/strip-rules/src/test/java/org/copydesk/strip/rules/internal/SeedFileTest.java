package org.copydesk.strip.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.copydesk.api.SharedData;
import org.copydesk.api.model.Article;
import org.copydesk.api.model.Removal;
import org.copydesk.api.stage.ProcessContext;
import org.junit.jupiter.api.Test;

/** The shared seed article: lines 3-26 are the body; lines 7-21 must stay, the rest go with their reasons. */
class SeedFileTest {
    @Test
    void stripsTheSeedAsExpected() throws IOException {
        Path seed = SharedData.root().resolve("seed/independent-iran-trump.txt");
        assumeTrue(Files.isRegularFile(seed), "shared seed not found at " + seed + ": skipped");
        List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
        List<String> body = lines.subList(2, lines.size());
        Article out = TestConfig.stripper(TestConfig.defaults()).process(Articles.of(body), ProcessContext.defaults());

        assertEquals(lines.subList(6, 21), out.body());
        Map<Integer, String> reasons = new TreeMap<>();
        for (Removal r : out.removed()) {
            reasons.put(r.position() + 3, r.reason());
        }
        Map<Integer, String> expected = new TreeMap<>(Map.of(3, "appeal", 4, "appeal", 5, "appeal", 6, "appeal",
                22, "subscription", 23, "subscription", 24, "comments", 25, "comments", 26, "comments"));
        assertEquals(expected, reasons);
        assertEquals(body, out.originalBody());
    }
}
