package org.copydesk.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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

    @Test
    void unchangedParagraphsKeepTheirSpansAndMovedOnesFollow() {
        Article a = article().withText("Trump speaks", null, List.of("A new first paragraph.", "Intro.", "Yes Trump said so.", "Iran replied Friday."));
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
        Article a = article().withText("President Trump speaks", null, List.of("Intro.", "Yes, Mr Trump said so.", "Tehran replied on Friday."));
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
        Article a = article().withText("Trump speaks", null, List.of("Intro.", "Yes Trump said so."));
        assertTrue(a.entity("e2").isEmpty());
        assertTrue(a.times().isEmpty());
        assertTrue(a.timeline().isEmpty());
    }

    @Test
    void aWordInsideAnotherIsNotAMatch() {
        Article a = article().withText("Trump speaks", null, List.of("Intro.", "Yes Trump said so.", "Iranians replied Friday."));
        assertTrue(a.entity("e2").isEmpty());
    }
}
