package org.copydesk.example.readingtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.annotation.Annotation;
import java.util.Collections;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.stage.ProcessContext;
import org.junit.jupiter.api.Test;

class ReadingTimeStageTest {
    private static ReadingTimeConfig wpm(int n) {
        return new ReadingTimeConfig() {
            @Override public Class<? extends Annotation> annotationType() { return ReadingTimeConfig.class; }
            @Override public int wordsPerMinute() { return n; }
        };
    }

    @Test
    void countsWordsOfTheKeptBodyAndRoundsMinutesUp() {
        ReadingTimeStage stage = new ReadingTimeStage();
        stage.configure(wpm(100));
        String para = String.join(" ", Collections.nCopies(150, "word"));
        Article a = stage.process(Article.builder().headline("not counted").body(List.of(para, "It’s 3 o'clock.")).build(),
                ProcessContext.defaults());
        assertEquals("155", a.metadata().get("wordCount"), "apostrophes split words as readers see them: it, s, 3, o, clock");
        assertEquals("2", a.metadata().get("readingMinutes"));
    }

    @Test
    void anEmptyBodyStillTakesAMinute() {
        ReadingTimeStage stage = new ReadingTimeStage();
        stage.configure(wpm(230));
        assertEquals("1", stage.process(Article.builder().build(), ProcessContext.defaults()).metadata().get("readingMinutes"));
    }
}
