package org.copydesk.api.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;
import org.copydesk.api.model.Mention;
import org.copydesk.api.model.Removal;
import org.copydesk.api.model.TimeExpression;
import org.copydesk.api.model.TimelineEntry;
import org.copydesk.api.model.TimexType;
import org.junit.jupiter.api.Test;

/** An editor's text changes keep every mention and time pointing at the words they name. */
class TextEditTest {
    private static Article article() {
        Entity trump = new Entity("e1", "Donald Trump", EntityType.PERSON,
                List.of(new Mention(Field.HEADLINE, 0, 0, 5, "Trump"), new Mention(Field.BODY, 1, 4, 9, "Trump")));
        Entity iran = new Entity("e2", "Iran", EntityType.LOCATION, List.of(new Mention(Field.BODY, 2, 0, 4, "Iran")));
        TimeExpression friday = new TimeExpression(Field.BODY, 2, 13, 19, "Friday", TimexType.DATE, "2020-01-03");
        return Article.builder().headline("Trump speaks")
                .body(List.of("Intro.", "Yes Trump said so.", "Iran replied Friday.", "Subscribe now"))
                .entities(List.of(trump, iran)).times(List.of(friday))
                .timeline(List.of(new TimelineEntry("2020-01-03", "Iran replied", 2, List.of("e2"))))
                .build()
                .remove(List.of(new Article.Cut(3, "subscription", "s1", "test")));
    }

    private static Article edit(String headline, String... body) {
        return TextEdit.replace(headline, null, List.of(body)).apply(article());
    }

    @Test
    void unchangedParagraphsKeepTheirSpansAndMovedOnesFollow() {
        Article a = edit("Trump speaks", "A new first paragraph.", "Intro.", "Yes Trump said so.", "Iran replied Friday.");
        Mention m = a.entity("e1").orElseThrow().mentions().get(1);
        assertEquals(2, m.paragraph());
        assertEquals("Trump", a.body().get(2).substring(m.start(), m.end()));
        assertEquals(3, a.times().get(0).paragraph());
        assertEquals(3, a.timeline().get(0).paragraph());
        assertEquals("r4", a.removed().get(0).id(), "the removal moved down with the paragraph it stood before");
        assertEquals("Subscribe now", a.restore("r4").body().get(4), "and is restored after it");
    }

    @Test
    void changedParagraphsFindTheirWordsAgainOrLoseThem() {
        Article a = edit("President Trump speaks", "Intro.", "Yes, Mr Trump said so.", "Tehran replied on Friday.");
        Mention head = a.entity("e1").orElseThrow().mentions().get(0);
        assertEquals("Trump", a.headline().substring(head.start(), head.end()));
        Mention body = a.entity("e1").orElseThrow().mentions().get(1);
        assertEquals("Trump", a.body().get(1).substring(body.start(), body.end()));
        assertTrue(a.entity("e2").isEmpty(), "Iran is no longer in the text");
        TimeExpression t = a.times().get(0);
        assertEquals("Friday", a.body().get(2).substring(t.start(), t.end()));
    }

    @Test
    void aDeletedParagraphTakesItsSpansWithIt() {
        Article a = edit("Trump speaks", "Intro.", "Yes Trump said so.");
        assertTrue(a.entity("e2").isEmpty());
        assertTrue(a.times().isEmpty());
        assertTrue(a.timeline().isEmpty());
    }

    @Test
    void aWordInsideAnotherIsNotAMatch() {
        Article a = edit("Trump speaks", "Intro.", "Yes Trump said so.", "Iranians replied Friday.");
        assertTrue(a.entity("e2").isEmpty());
    }

    @Test
    void theWholeWordNearestTheOldPlaceIsTaken() {
        Entity trump = new Entity("e1", "Trump", EntityType.PERSON, List.of(new Mention(Field.BODY, 0, 22, 27, "Trump")));
        Article a = Article.builder().body(List.of("Yes Trump said so and Trump agreed.")).entities(List.of(trump)).build();
        Article edited = TextEdit.replace(null, null, List.of("Trump: yes Trump said so and Trump agreed.")).apply(a);
        assertEquals(29, edited.entities().get(0).mentions().get(0).start(), "of 0, 11 and 29, 29 is nearest the old 22");
    }

    @Test
    void aRemovalBeforeADeletedParagraphMovesToTheNextKeptOne() {
        Article a = Article.builder().body(List.of("one", "appeal", "two", "three")).build()
                .remove(List.of(new Article.Cut(1, "appeal", "a1", "test")));
        Article edited = TextEdit.replace(null, null, List.of("one", "three")).apply(a);
        assertEquals(List.of(new Removal("appeal", "appeal", "a1", "test", 1)), edited.removed());
        assertEquals(List.of("one", "appeal", "three"), edited.originalBody());
        assertNull(edited.headline());
    }

    @Test
    void aBodyWithoutParagraphsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TextEdit.replace("x", null, null));
        assertEquals("the body must be a list of paragraphs", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TextEdit.replace("x", null, Arrays.asList("one", null)));
    }

    @Test
    void aTimelineEntryForgetsAnEntityWhoseWordsAreGone() {
        Article a = edit("Trump speaks", "Intro.", "Yes Trump said so.", "Tehran replied Friday.");
        assertEquals(List.of("e1"), a.entities().stream().map(Entity::id).toList());
        assertEquals(List.of(), a.timeline().get(0).entities(), "Iran is gone from the text, so from the event");
    }
}
