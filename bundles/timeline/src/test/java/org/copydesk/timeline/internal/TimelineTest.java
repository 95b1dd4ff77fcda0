package org.copydesk.timeline.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.copydesk.api.edit.TimelineEdits;
import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;
import org.copydesk.api.model.Mention;
import org.copydesk.api.model.TimeExpression;
import org.copydesk.api.model.TimelineEntry;
import org.copydesk.api.model.TimexType;
import org.copydesk.api.stage.ProcessContext;
import org.junit.jupiter.api.Test;

class TimelineTest {
    private static final String P0 = "Talks failed on Friday. Ministers met again on Monday, and they will vote on 3 March.";
    private static final String P1 = "June 13, 2005";
    private static final String P2 = "The strike lasted three days, and it is now over.";

    private static TimeExpression t(int p, String par, String text, TimexType type, String value) {
        int s = par.indexOf(text);
        return new TimeExpression(Field.BODY, p, s, s + text.length(), text, type, value);
    }

    private static Article article() {
        int iran = P0.indexOf("Ministers");
        return Article.builder().published(LocalDate.of(2005, 6, 13)).body(List.of(P0, P1, P2))
                .times(List.of(t(0, P0, "Friday", TimexType.DATE, "2005-06-10"),
                        t(0, P0, "Monday", TimexType.DATE, "2005-06-13"),
                        t(0, P0, "3 March", TimexType.DATE, "2006-03-03"),
                        t(1, P1, "June 13, 2005", TimexType.DATE, "2005-06-13"),
                        t(2, P2, "three days", TimexType.DURATION, "P3D"),
                        t(2, P2, "now", TimexType.DATE, "PRESENT_REF")))
                .entities(List.of(new Entity("e1", "Ministers", EntityType.ORGANIZATION,
                        List.of(new Mention(Field.BODY, 0, iran, iran + 9, "Ministers")))))
                .build();
    }

    @Test
    void datedSentencesAndClausesInDateOrder() {
        List<TimelineEntry> tl = new Timeline().process(article(), ProcessContext.defaults()).timeline();
        assertEquals(List.of(
                new TimelineEntry("2005-06-10", "Talks failed on Friday.", 0, List.of()),
                new TimelineEntry("2005-06-13", "Ministers met again on Monday", 0, List.of("e1")),
                new TimelineEntry("2006-03-03", "and they will vote on 3 March.", 0, List.of())), tl);
    }

    @Test
    void correctionsMadeThroughTheEditOperationsSurviveTheNextRun() {
        Timeline stage = new Timeline();
        Article built = stage.process(article(), ProcessContext.defaults());
        Article corrected = TimelineEdits.correct(0, "2005-06-09", null).apply(built);
        Article again = stage.process(corrected, ProcessContext.defaults());
        assertEquals("2005-06-09", again.timeline().get(0).date());
        Article emptied = TimelineEdits.drop(2).andThen(TimelineEdits.drop(1)).andThen(TimelineEdits.drop(0)).apply(built);
        assertTrue(stage.process(emptied, ProcessContext.defaults()).timeline().isEmpty(),
                "an editor who dropped every entry does not get them back");
    }

    @Test
    void editorsTimelineIsKeptUnlessRebuildIsAsked() {
        Article edited = article().toBuilder()
                .timeline(List.of(new TimelineEntry("2005-06-11", "Talks failed on Friday.", 0, List.of()))).build();
        assertSame(edited, new Timeline().process(edited, ProcessContext.defaults()));
        Article rebuilt = new Timeline().process(edited.toBuilder().meta(Timeline.REBUILD, "true").build(),
                ProcessContext.defaults());
        assertEquals("2005-06-10", rebuilt.timeline().get(0).date());
        assertTrue(!rebuilt.metadata().containsKey(Timeline.REBUILD));
    }

    @Test
    void sameDayEventsKeepTextOrderAndTimesFollowTheDay() {
        String p = "Crowds gathered on Wednesday morning. Police arrived at 06:00 on Wednesday. It rained on Wednesday.";
        Article a = Article.builder().body(List.of(p)).times(List.of(
                t(0, p, "Wednesday morning", TimexType.TIME, "2020-01-01TMO"),
                t(0, p, "06:00", TimexType.TIME, "2020-01-01T06:00"),
                t(0, p, "Wednesday.", TimexType.DATE, "2020-01-01"))).build();
        List<String> dates = new Timeline().process(a, ProcessContext.defaults()).timeline().stream()
                .map(TimelineEntry::date).toList();
        assertEquals(List.of("2020-01-01", "2020-01-01T06:00", "2020-01-01TMO"), dates);
    }

    @Test
    void longArticlesGiveEachParagraphItsOwnDatesAndEntities() {
        // the stage indexes times and mentions by paragraph once: none may leak into another paragraph
        int n = 3_000;
        List<String> body = new java.util.ArrayList<>();
        List<TimeExpression> times = new java.util.ArrayList<>();
        List<Entity> entities = new java.util.ArrayList<>();
        for (int p = 0; p < n; p++) {
            String par = "Minister " + p + " spoke on Friday. Nothing else happened.";
            body.add(par);
            String day = String.format("2005-%02d-%02d", 1 + p % 12, 1 + p % 28);
            times.add(t(p, par, "Friday", TimexType.DATE, day));
            entities.add(new Entity("e" + p, "Minister " + p, EntityType.PERSON,
                    List.of(new Mention(Field.BODY, p, 0, 9 + String.valueOf(p).length(), "Minister " + p),
                            new Mention(Field.HEADLINE, 0, 0, 8, "Minister"))));
        }
        Article a = Article.builder().body(body).times(times).entities(entities).build();
        List<TimelineEntry> tl = new Timeline().process(a, ProcessContext.defaults()).timeline();
        assertEquals(n, tl.size());
        for (TimelineEntry e : tl) {
            int p = e.paragraph();
            assertEquals("Minister " + p + " spoke on Friday.", e.text());
            assertEquals(List.of("e" + p), e.entities());
            assertEquals(String.format("2005-%02d-%02d", 1 + p % 12, 1 + p % 28), e.date());
        }
    }

    @Test
    void eventDatesOfCoarseValues() {
        assertEquals(LocalDate.of(2019, 12, 23), EventDate.of("2019-W52").start());
        assertEquals(LocalDate.of(2006, 10, 1), EventDate.of("2006-Q4").start());
        assertEquals(LocalDate.of(2008, 1, 1), EventDate.of("2008").start());
        assertEquals(null, EventDate.of("XXXX-WXX-5"));
        assertEquals(null, EventDate.of("P3D"));
        assertEquals(null, EventDate.of("2019-02-30"));
    }
}
