package org.copydesk.api.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;
import org.copydesk.api.model.Mention;
import org.copydesk.api.model.TimelineEntry;
import org.junit.jupiter.api.Test;

/** An editor's corrections of the entities. */
class EntityEditsTest {
    static Article article() {
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

    private static String refusal(UnaryOperator<Article> edit) {
        return assertThrows(IllegalArgumentException.class, () -> edit.apply(article())).getMessage();
    }

    @Test
    void mergeFoldsMentionsInTextOrderAndRepointsTheTimeline() {
        Article a = EntityEdits.merge("e1", "e2").apply(article());
        assertEquals(List.of("e1", "e3"), a.entities().stream().map(Entity::id).toList());
        Entity trump = a.entity("e1").orElseThrow();
        assertEquals("Donald Trump", trump.name());
        assertEquals(List.of(Field.HEADLINE, Field.BODY, Field.BODY), trump.mentions().stream().map(Mention::field).toList());
        assertEquals(List.of(0, 0, 1), trump.mentions().stream().map(Mention::paragraph).toList());
        assertEquals(List.of("e1"), a.timeline().get(1).entities());
        assertEquals(List.of("e3"), EntityEdits.merge("e3", "e1").apply(article()).timeline().get(0).entities(),
                "an entry that named both names the kept one once");
    }

    @Test
    void splitMovesMentionsToANewEntityWithTheNextId() {
        Article a = EntityEdits.split("e3", Set.of(1), "Michael Jordan", EntityType.PERSON).apply(article());
        Entity place = a.entity("e3").orElseThrow();
        Entity person = a.entities().get(a.entities().size() - 1);
        assertEquals("e4", person.id());
        assertEquals("Michael Jordan", person.name());
        assertEquals(EntityType.PERSON, person.type());
        assertEquals(List.of(0), place.mentions().stream().map(Mention::paragraph).toList());
        assertEquals(List.of(1), person.mentions().stream().map(Mention::paragraph).toList());
    }

    @Test
    void renameRetypeAndRemove() {
        Article a = EntityEdits.rename("e3", "Hashemite Kingdom of Jordan")
                .andThen(EntityEdits.retype("e2", EntityType.MISC))
                .andThen(EntityEdits.remove("e1")).apply(article());
        assertEquals("Hashemite Kingdom of Jordan", a.entity("e3").orElseThrow().name());
        assertEquals(EntityType.LOCATION, a.entity("e3").orElseThrow().type());
        assertEquals(EntityType.MISC, a.entity("e2").orElseThrow().type());
        assertEquals("Mr Trump", a.entity("e2").orElseThrow().name());
        assertTrue(a.entity("e1").isEmpty());
        assertEquals(List.of("e3"), a.timeline().get(0).entities(), "the timeline forgets a removed entity");
        assertEquals(article().body(), a.body());
    }

    @Test
    void anIdTheArticleDoesNotHaveIsRefusedByName() {
        assertEquals("the article has no entity e9", refusal(EntityEdits.rename("e9", "x")));
        assertEquals("the article has no entity e9", refusal(EntityEdits.retype("e9", EntityType.MISC)));
        assertEquals("the article has no entity e9", refusal(EntityEdits.remove("e9")));
        assertEquals("the article has no entity e9", refusal(EntityEdits.merge("e1", "e9")));
        assertEquals("the article has no entity e9", refusal(EntityEdits.merge("e9", "e1")));
        assertEquals("the article has no entity e9", refusal(EntityEdits.split("e9", Set.of(0), "x", EntityType.MISC)));
    }

    @Test
    void aSplitMustLeaveMentionsOnBothSidesAndNameMentionsTheEntityHas() {
        assertEquals("a split must leave entity e3 at least one of its mentions",
                refusal(EntityEdits.split("e3", Set.of(0, 1), "x", EntityType.MISC)));
        assertEquals("entity e3 has no mention 2: it has 2 mentions, numbered from 0",
                refusal(EntityEdits.split("e3", Set.of(2), "x", EntityType.MISC)));
        assertEquals("a split needs the numbers of the mentions to move",
                assertThrows(IllegalArgumentException.class, () -> EntityEdits.split("e3", Set.of(), "x", EntityType.MISC)).getMessage());
        assertEquals("mentions are numbered from 0, not -1",
                assertThrows(IllegalArgumentException.class, () -> EntityEdits.split("e3", Set.of(-1), "x", EntityType.MISC)).getMessage());
    }

    @Test
    void badArgumentsAreRefusedBeforeAnyArticle() {
        assertEquals("an entity's name must not be empty",
                assertThrows(IllegalArgumentException.class, () -> EntityEdits.rename("e1", "  ")).getMessage());
        assertEquals("an entity's type must be given",
                assertThrows(IllegalArgumentException.class, () -> EntityEdits.retype("e1", null)).getMessage());
        assertEquals("entity e1 cannot be merged into itself",
                assertThrows(IllegalArgumentException.class, () -> EntityEdits.merge("e1", "e1")).getMessage());
        assertEquals("the entity id must not be empty",
                assertThrows(IllegalArgumentException.class, () -> EntityEdits.remove(null)).getMessage());
    }
}
