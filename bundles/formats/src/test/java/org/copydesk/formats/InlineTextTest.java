package org.copydesk.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;
import org.copydesk.api.model.Mention;
import org.junit.jupiter.api.Test;

class InlineTextTest {
    @Test
    void collapsesLayoutWhitespaceAndKeepsMarkedOffsets() {
        InlineText t = new InlineText();
        EntityCollector c = new EntityCollector();
        t.text("\n   The mayor,\n  ");
        t.open(EntityType.PERSON, null);
        t.text(" Clover\n Moore ");
        t.close();
        t.text(" spoke.\n");
        assertEquals("The mayor, Clover Moore spoke.", t.finish(c, Field.BODY, 2));
        assertEquals(List.of(new Mention(Field.BODY, 2, 11, 23, "Clover Moore")), c.entities().get(0).mentions());
        assertEquals("Clover Moore", c.entities().get(0).name());
    }

    @Test
    void keepsNonBreakingSpaces() {
        InlineText t = new InlineText();
        t.text("10\u00A0km");
        assertEquals("10\u00A0km", t.finish(new EntityCollector(), Field.BODY, 0));
    }
}
