package org.copydesk.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;
import org.copydesk.api.model.Mention;
import org.junit.jupiter.api.Test;

class SegmentsTest {
    private static final String TEXT = "The New York Times met 😀 Ann.";

    private static Article article(Entity... entities) {
        return Article.builder().headline("h").body(List.of(TEXT)).entities(List.of(entities)).build();
    }

    private static List<String> render(Article a) {
        return Segments.of(a, Field.BODY, 0).stream()
                .map(s -> s.entity() == null ? s.text() : "[" + s.text() + "]").toList();
    }

    @Test
    void cutsPlainAndMarkedRunsAtUtf16Offsets() {
        Entity ann = new Entity("e1", "Ann", EntityType.PERSON, List.of(new Mention(Field.BODY, 0, 26, 29, "Ann")));
        assertEquals(List.of("The New York Times met 😀 ", "[Ann]", "."), render(article(ann)));
    }

    @Test
    void theLongerOfTwoOverlappingMentionsWins() {
        Entity paper = new Entity("e1", "New York Times", EntityType.ORGANIZATION,
                List.of(new Mention(Field.BODY, 0, 4, 18, "New York Times")));
        Entity city = new Entity("e2", "New York", EntityType.LOCATION, List.of(new Mention(Field.BODY, 0, 4, 12, "New York")));
        assertEquals(List.of("The ", "[New York Times]", " met 😀 Ann."), render(article(city, paper)));
    }

    @Test
    void mentionsOutsideTheTextOrInOtherParagraphsAreLeftOut() {
        Entity bad = new Entity("e1", "X", EntityType.MISC, List.of(new Mention(Field.BODY, 0, 20, 99, "X"),
                new Mention(Field.BODY, 1, 0, 3, "The"), new Mention(Field.HEADLINE, 0, 0, 1, "h")));
        assertEquals(List.of(TEXT), render(article(bad)));
    }
}
