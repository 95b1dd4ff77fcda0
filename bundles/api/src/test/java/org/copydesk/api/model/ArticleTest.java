package org.copydesk.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ArticleTest {
    private static final List<String> ORIGINAL = List.of("appeal", "news one Baghdad", "news two", "promo", "news three Iraq");

    private static Article tagged() {
        Entity baghdad = new Entity("e1", "Baghdad", EntityType.LOCATION,
                List.of(new Mention(Field.BODY, 1, 9, 16, "Baghdad")));
        Entity iraq = new Entity("e2", "Iraq", EntityType.LOCATION,
                List.of(new Mention(Field.BODY, 4, 11, 15, "Iraq"), new Mention(Field.HEADLINE, 0, 0, 4, "Iraq")));
        TimeExpression t = new TimeExpression(Field.BODY, 4, 0, 4, "news", TimexType.DATE, "2020-01-01");
        return Article.builder().headline("Iraq").body(ORIGINAL).entities(List.of(baghdad, iraq)).times(List.of(t))
                .timeline(List.of(new TimelineEntry("2020-01-01", "news three Iraq", 4, List.of("e2")))).build();
    }

    @Test
    void removeRecordsOriginalPositionsAndRenumbersReferences() {
        Article a = tagged().remove(List.of(new Article.Cut(0, "appeal", "g1", "test"), new Article.Cut(3, "promo", "g2", "test")));
        assertEquals(List.of("news one Baghdad", "news two", "news three Iraq"), a.body());
        assertEquals(List.of(0, 3), a.removed().stream().map(Removal::position).toList());
        assertEquals(0, a.entities().get(0).mentions().get(0).paragraph());
        assertEquals(2, a.entities().get(1).mentions().get(0).paragraph());
        assertEquals(0, a.entities().get(1).mentions().get(1).paragraph(), "headline mentions keep paragraph 0");
        assertEquals(2, a.times().get(0).paragraph());
        assertEquals(2, a.timeline().get(0).paragraph());
        assertEquals(ORIGINAL, a.originalBody());
    }

    @Test
    void removingInTwoRoundsKeepsPositionsInTheOriginalSequence() {
        Article once = tagged().remove(List.of(new Article.Cut(3, "promo", "g2", "test")));
        Article twice = once.remove(List.of(new Article.Cut(0, "appeal", "g1", "test"), new Article.Cut(2, "x", "g3", "test")));
        assertEquals(List.of("news one Baghdad", "news three Iraq"), twice.body());
        assertEquals(List.of(0, 2, 3), twice.removed().stream().map(Removal::position).toList());
        assertEquals(ORIGINAL, twice.originalBody());
    }

    @Test
    void removingAParagraphDropsItsMentionsAndEmptyEntities() {
        Article a = tagged().remove(List.of(new Article.Cut(1, "appeal", "g", "test")));
        assertEquals(List.of("Iraq"), a.entities().stream().map(Entity::name).toList());
    }

    @Test
    void restoreRoundTripsExactly() {
        Article full = tagged();
        Article cut = full.remove(List.of(new Article.Cut(0, "appeal", "g1", "t"), new Article.Cut(3, "promo", "g2", "t")));
        Article back = cut.restore("r3").restore("r0");
        assertEquals(full.body(), back.body());
        assertEquals(full.entities(), back.entities());
        assertEquals(full.times(), back.times());
        assertTrue(back.removed().isEmpty());
        assertEquals(List.of("appeal", "news one Baghdad", "news two", "news three Iraq"),
                cut.restoreReasons(Set.of("appeal")).body());
    }

    @Test
    void unknownRemovalAndBadCutsAreErrors() {
        assertThrows(IllegalArgumentException.class, () -> tagged().restore("r9"));
        assertThrows(IndexOutOfBoundsException.class, () -> tagged().remove(List.of(new Article.Cut(7, "x", "y", "z"))));
        assertThrows(IllegalArgumentException.class, () -> new Mention(Field.BODY, 0, 5, 2, "bad"));
    }

    @Test
    void removalsPastTheEndOfTheBodyComeLastAndGoBackAtTheEnd() {
        Removal appeal = new Removal("appeal", "appeal", "g1", "t", 1);
        Removal footer = new Removal("footer", "navigation", "g2", "t", 7);
        Article a = Article.builder().body(List.of("one", "two")).removed(List.of(footer, appeal)).build();
        assertEquals(List.of("one", "appeal", "two", "footer"), a.originalBody());
        assertEquals(List.of("one", "two", "footer"), a.restore("r7").body());
        assertEquals(List.of("one", "appeal", "two"), a.restore("r1").body());
        assertEquals(a.originalBody(), a.restoreReasons(Set.of("appeal", "navigation")).body());
    }

    @Test
    void twoRemovalsAtOnePositionAreRefused() {
        Removal one = new Removal("a", "appeal", "g1", "t", 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Article.builder().body(List.of("x")).removed(List.of(one, one)).build());
        assertEquals("two removals at position 1", e.getMessage());
    }

    @Test
    void entityById() {
        assertEquals("Iraq", tagged().entity("e2").orElseThrow().name());
        assertTrue(tagged().entity("e9").isEmpty());
    }

    @Test
    void textOfAField() {
        Article a = tagged();
        assertEquals("Iraq", a.text(Field.HEADLINE, 0));
        assertEquals("", a.text(Field.STANDFIRST, 0));
        assertEquals("news two", a.text(Field.BODY, 2));
    }

    @Test
    void metaChangesOnlyTheBuilderNeverTheArticleOrTheCallersMap() {
        Article first = Article.builder().meta("a", "1").meta("b", "2").meta("a", "3").build();
        assertEquals(Map.of("a", "3", "b", "2"), first.metadata());
        assertEquals(List.of("a", "b"), List.copyOf(first.metadata().keySet()), "insertion order kept");

        Article.Builder next = first.toBuilder().meta("b", null).meta("c", "4");
        Article second = next.build();
        next.meta("d", "5");
        assertEquals(Map.of("a", "3", "b", "2"), first.metadata(), "the article the builder came from");
        assertEquals(Map.of("a", "3", "c", "4"), second.metadata(), "an article built before a later meta call");

        Map<String, String> given = new HashMap<>(Map.of("x", "1"));
        Article third = Article.builder().metadata(given).meta("y", "2").build();
        assertEquals(Map.of("x", "1"), given, "the caller's map");
        assertEquals(Map.of("x", "1", "y", "2"), third.metadata());
    }
}
