package org.copydesk.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;
import org.copydesk.api.model.Mention;
import org.copydesk.api.model.TimelineEntry;
import org.junit.jupiter.api.Test;

/** What the editor decided about entities and the timeline survives the stages running again. */
class DecisionsTest {
    private static Mention m(int p, int start, String text) {
        return new Mention(Field.BODY, p, start, start + text.length(), text);
    }

    @Test
    void namesTypesMergesAndSplitsStayAndNewNamesAreAdded() {
        // the editor: renamed e1, merged "de Vries" into e2, split e3 off
        List<Entity> editor = List.of(
                new Entity("e1", "Port of Rotterdam", EntityType.ORGANIZATION, List.of(m(0, 10, "Rotterdam"))),
                new Entity("e2", "Anna de Vries", EntityType.PERSON, List.of(m(1, 0, "Anna de Vries"), m(2, 5, "de Vries"))),
                new Entity("e3", "Michael Jordan", EntityType.PERSON, List.of(m(3, 0, "Jordan"))));
        // the taggers now: their own names and ids, one more mention of Anna, a new name, the country again
        List<Entity> found = List.of(
                new Entity("e1", "Rotterdam", EntityType.LOCATION, List.of(m(0, 10, "Rotterdam"))),
                new Entity("e2", "Anna de Vries", EntityType.PERSON, List.of(m(1, 0, "Anna de Vries"), m(4, 0, "Anna de Vries"))),
                new Entity("e3", "de Vries", EntityType.PERSON, List.of(m(2, 5, "de Vries"))),
                new Entity("e4", "Jordan", EntityType.LOCATION, List.of(m(3, 0, "Jordan"))),
                new Entity("e5", "Femke Halsema", EntityType.PERSON, List.of(m(5, 4, "Femke Halsema"))));
        Decisions.Merged merged = Decisions.entities(editor, found, Set.of());
        List<Entity> out = merged.entities();
        assertEquals(List.of("e1", "e2", "e3", "e4"), out.stream().map(Entity::id).toList());
        assertEquals("Port of Rotterdam", out.get(0).name());
        assertEquals(EntityType.ORGANIZATION, out.get(0).type());
        assertEquals(List.of(1, 2, 4), out.get(1).mentions().stream().map(Mention::paragraph).toList(), "the merge stays; the new mention joins");
        assertEquals("Michael Jordan", out.get(2).name(), "the split stays");
        assertEquals(EntityType.PERSON, out.get(2).type());
        assertEquals(new Entity("e4", "Femke Halsema", EntityType.PERSON, List.of(m(5, 4, "Femke Halsema"))), out.get(3));
        assertEquals("e2", merged.ids().get("e3"));
        assertEquals(List.of("e2", "e4"), merged.renamed(new TimelineEntry("2024", "x", 1, List.of("e3", "e2", "e5"))).entities());
    }

    @Test
    void aDeletedEntityIsNotTaggedAgain() {
        Article a = Article.builder().body(List.of("May said so.")).entities(List.of(new Entity("e1", "May", EntityType.PERSON, List.of(m(0, 0, "May"))))).build();
        Article rejected = Decisions.rejecting(a, "e1");
        assertEquals(Set.of("May"), Decisions.rejected(rejected));
        List<Entity> found = List.of(new Entity("e1", "May", EntityType.PERSON, List.of(m(0, 0, "May"))));
        assertEquals(List.of(), Decisions.entities(List.of(), found, Decisions.rejected(rejected)).entities());
    }

    @Test
    void timelineCorrectionsAreAppliedToATimelineBuiltAnew() {
        Article before = Article.builder().timeline(List.of(new TimelineEntry("2024-03-08", "The strike began", 0, List.of()),
                new TimelineEntry("2024-03-14", "Work resumed on Thursday", 1, List.of()),
                new TimelineEntry("2024-03-11", "Ships queued", 2, List.of()))).build();
        Article corrected = Decisions.corrected(before, before, 0, "2024-03-09", null, false);
        corrected = Decisions.corrected(corrected, corrected, 2, null, null, true);
        // the stage again, with another publication date: Thursday moved
        List<TimelineEntry> built = List.of(new TimelineEntry("2024-03-08", "The strike began", 0, List.of()),
                new TimelineEntry("2024-03-18", "Ships queued", 2, List.of()),
                new TimelineEntry("2024-03-21", "Work resumed on Thursday", 1, List.of()));
        assertEquals(List.of(new TimelineEntry("2024-03-09", "The strike began", 0, List.of()),
                new TimelineEntry("2024-03-21", "Work resumed on Thursday", 1, List.of())), Decisions.timeline(corrected, built));
    }
}
