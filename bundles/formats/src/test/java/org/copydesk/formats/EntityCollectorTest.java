package org.copydesk.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;
import org.copydesk.api.model.Mention;
import org.junit.jupiter.api.Test;

class EntityCollectorTest {
    @Test
    void groupsMentionsByTypeAndNameInTheOrderFirstMet() {
        EntityCollector c = new EntityCollector();
        c.declare(EntityType.LOCATION, "Paris");
        c.mention(EntityType.PERSON, "Ann Lee", Field.BODY, 1, 0, 3, "Lee");
        c.mention(EntityType.PERSON, null, Field.HEADLINE, 0, 4, 11, "Ann Lee");
        List<Entity> es = c.entities();
        assertEquals(List.of("e1", "e2"), es.stream().map(Entity::id).toList());
        assertEquals("Paris", es.get(0).name());
        assertEquals(List.of(new Mention(Field.HEADLINE, 0, 4, 11, "Ann Lee"), new Mention(Field.BODY, 1, 0, 3, "Lee")),
                es.get(1).mentions());
    }

    @Test
    void findsNamesAndSeenFormsOnlyAtWordEdges() {
        EntityCollector c = new EntityCollector();
        c.mention(EntityType.PERSON, "Ann Lee", Field.BODY, 0, 0, 3, "Lee");
        c.declare(EntityType.LOCATION, "Lee");
        c.findIn(Field.HEADLINE, 0, "Ann Lee and Leeds: Lee, again");
        List<Mention> ms = c.entities().get(0).mentions();
        assertEquals(List.of(new Mention(Field.HEADLINE, 0, 0, 7, "Ann Lee"), new Mention(Field.HEADLINE, 0, 19, 22, "Lee"),
                new Mention(Field.BODY, 0, 0, 3, "Lee")), ms);
        // the place "Lee" found no free occurrence: the person's longer forms took them first
        assertEquals(List.of(), c.entities().get(1).mentions());
    }

    @Test
    void scriptsWithoutSpacesHaveNoWordEdges() {
        EntityCollector c = new EntityCollector();
        c.declare(EntityType.LOCATION, "北京");
        c.findIn(Field.BODY, 0, "他在北京表示");
        assertEquals(List.of(new Mention(Field.BODY, 0, 2, 4, "北京")), c.entities().get(0).mentions());
    }
}
