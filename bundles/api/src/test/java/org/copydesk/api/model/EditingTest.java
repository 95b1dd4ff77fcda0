package org.copydesk.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The editing calls the workbench and the API offer editors. */
class EditingTest {
    private static Article article() {
        Entity trump = new Entity("e1", "Donald Trump", EntityType.PERSON, List.of(new Mention(Field.BODY, 0, 0, 12, "Donald Trump")));
        Entity mrTrump = new Entity("e2", "Mr Trump", EntityType.PERSON,
                List.of(new Mention(Field.HEADLINE, 0, 0, 8, "Mr Trump"), new Mention(Field.BODY, 1, 4, 12, "Mr Trump")));
        Entity jordan = new Entity("e3", "Jordan", EntityType.LOCATION,
                List.of(new Mention(Field.BODY, 0, 20, 26, "Jordan"), new Mention(Field.BODY, 1, 30, 36, "Jordan")));
        return Article.builder().headline("Mr Trump speaks").body(List.of("Donald Trump met Jordan", "Yes Mr Trump said Michael Jordan"))
                .entities(List.of(trump, mrTrump, jordan))
                .timeline(List.of(new TimelineEntry("2019-12-27", "first", 0, List.of("e1", "e3")),
                        new TimelineEntry("2020-01-01", "second", 1, List.of("e2"))))
                .build();
    }

    @Test
    void mergeFoldsMentionsInTextOrderAndRepointsTheTimeline() {
        Article a = article().mergeEntities("e1", "e2");
        assertEquals(List.of("e1", "e3"), a.entities().stream().map(Entity::id).toList());
        Entity trump = a.entity("e1").orElseThrow();
        assertEquals("Donald Trump", trump.name());
        assertEquals(List.of(Field.HEADLINE, Field.BODY, Field.BODY), trump.mentions().stream().map(Mention::field).toList());
        assertEquals(List.of(0, 0, 1), trump.mentions().stream().map(Mention::paragraph).toList());
        assertEquals(List.of("e1"), a.timeline().get(1).entities());
    }

    @Test
    void splitMovesMentionsToANewEntity() {
        Article a = article().splitEntity("e3", Set.of(1), "Michael Jordan", EntityType.PERSON);
        Entity place = a.entity("e3").orElseThrow();
        Entity person = a.entities().get(a.entities().size() - 1);
        assertEquals("e4", person.id());
        assertEquals(EntityType.PERSON, person.type());
        assertEquals(1, place.mentions().size());
        assertEquals(1, person.mentions().get(0).paragraph());
        assertThrows(IllegalArgumentException.class, () -> article().splitEntity("e3", Set.of(0, 1), "x", EntityType.MISC));
    }

    @Test
    void renameRetypeAndRemove() {
        Article a = article().renameEntity("e3", "Hashemite Kingdom of Jordan").retypeEntity("e2", EntityType.MISC).removeEntity("e1");
        assertEquals("Hashemite Kingdom of Jordan", a.entity("e3").orElseThrow().name());
        assertEquals(EntityType.MISC, a.entity("e2").orElseThrow().type());
        assertTrue(a.entity("e1").isEmpty());
        assertEquals(List.of("e3"), a.timeline().get(0).entities(), "the timeline forgets a removed entity");
        assertThrows(IllegalArgumentException.class, () -> a.renameEntity("e9", "x"));
    }

    @Test
    void timelineCorrectionsReorderAndMarkTheTimelineEdited() {
        Article a = article().correctTimelineEntry(0, "2020-01-02", null);
        assertEquals(List.of("second", "first"), a.timeline().stream().map(TimelineEntry::text).toList());
        assertEquals("true", a.metadata().get(Article.TIMELINE_EDITED));
        Article b = article().dropTimelineEntry(1).correctTimelineEntry(0, null, "the first event");
        assertEquals(List.of("the first event"), b.timeline().stream().map(TimelineEntry::text).toList());
    }
}
