package org.copydesk.time.tagger.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.TimeExpression;
import org.copydesk.api.parallel.Pieces;
import org.copydesk.api.stage.ProcessContext;
import org.junit.jupiter.api.Test;

/** A long body is tagged on all cores; the times must be those one thread finds, in paragraph order. */
class ParallelTaggingTest {
    private static final String[] SENTENCES = {
        "Talks failed on Friday and resume on 3 March 2021.",
        "The strike began two weeks ago, at 06:00 on Wednesday.",
        "Dockers have voted every year since the 1990s.",
        "The union will meet again next month, in the fourth quarter or early next year.",
        "Nothing else happened."};

    @Test
    void allCoresFindWhatOneThreadFinds() {
        List<String> body = new ArrayList<>();
        for (int p = 0; p < 1_200; p++) {
            body.add(SENTENCES[p % SENTENCES.length] + " " + SENTENCES[(p * 3 + 1) % SENTENCES.length]);
        }
        Article a = Article.builder().headline("Strike talks on Monday").body(body).published(LocalDate.of(2021, 2, 17)).build();
        TimeTagger tagger = TimeTaggers.withDefaults();
        List<TimeExpression> one = tagger.process(a, ProcessContext.defaults(), Integer.MAX_VALUE).times();
        List<TimeExpression> all = tagger.process(a, ProcessContext.defaults(), 1).times();
        assertTrue(body.size() >= Pieces.PARALLEL_FROM, "long enough to take the parallel path");
        assertTrue(one.size() > 4 * body.size(), "times are found at all: " + one.size());
        assertEquals(one, all);
        assertEquals(one, tagger.process(a, ProcessContext.defaults()).times());
    }

    @Test
    void valuesArePaddedAsFormatWouldPadThem() {
        for (int width = 2; width <= 4; width++) {
            for (int v = -1_200; v <= 12_345; v += v < 200 ? 1 : 97) {
                assertEquals(String.format("%0" + width + "d", v), Anchor.pad(v, width), v + " in " + width);
            }
        }
        assertEquals("2021-03-04", Anchor.date(LocalDate.of(2021, 3, 4)));
        assertEquals("0987-W05", Anchor.week(LocalDate.of(987, 2, 1)));
    }
}
