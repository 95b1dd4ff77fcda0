package org.copydesk.timeline.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.copydesk.api.SharedData;
import org.copydesk.api.model.Article;
import org.copydesk.api.model.TimelineEntry;
import org.copydesk.api.stage.ProcessContext;
import org.copydesk.time.tagger.internal.TimeTaggers;
import org.junit.jupiter.api.Test;

/** The shared sample article through the real tagger and the timeline: the order expected.json asks for. */
class SampleArticleTest {
    @Test
    void sampleTimelineOrder() throws IOException {
        Path f = SharedData.require("seed/independent-iran-trump.txt");
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        Article a = Article.builder().headline(lines.get(0)).standfirst(lines.get(1))
                .body(lines.subList(6, 21)).published(LocalDate.of(2020, 1, 1)).build();
        a = TimeTaggers.withDefaults().process(a, ProcessContext.defaults());
        List<TimelineEntry> tl = new Timeline().process(a, ProcessContext.defaults()).timeline();
        int last = -1;
        for (String[] want : new String[][] {{"2019-12-27", "rockets"}, {"2019-12-29", "airstrikes"},
            {"2019-12-31", "Funeral processions"}, {"2020-01-01", "Clashes erupted again"}}) {
            int at = -1;
            for (int i = 0; i < tl.size() && at < 0; i++) {
                if (tl.get(i).date().startsWith(want[0]) && tl.get(i).text().contains(want[1])) {
                    at = i;
                }
            }
            assertTrue(at > last, want[0] + " '" + want[1] + "' out of order or missing in " + tl);
            last = at;
        }
    }
}
