package org.copydesk.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ArticleIndexTest {
    private final ArticleIndex index = new ArticleIndex();

    private static Summary summary(String id, String headline, String file, String published, String created, List<String> names) {
        return new Summary(id, headline, file, "text", 0, published, created, created, 1, 1, 0, names.size(), 0, 0, names);
    }

    @BeforeEach
    void fill() {
        index.put(summary("a", "Port strike ends", "strike.txt", "2024-03-14", "2024-03-14T10:00:00.000000000Z0000", List.of("Marta Jansen", "Rotterdam")));
        index.put(summary("b", "Budget agreed", "budget-leiden.txt", "2024-02-01", "2024-03-14T11:00:00.000000000Z0000", List.of("Leiden")));
        index.put(summary("c", "Budget agreed", "budget-delft.txt", null, "2024-03-14T12:00:00.000000000Z0000", List.of("Delft", "Anna Smit")));
    }

    private List<String> ids(String q, String entity, String published, ArticleIndex.Sort sort, boolean desc, int offset, int limit) {
        return index.page(new ArticleIndex.Query(q, entity, published, sort, desc, offset, limit)).items().stream().map(Summary::id).toList();
    }

    @Test
    void pagesInEachOrder() {
        assertEquals(List.of("c", "b", "a"), ids(null, null, null, ArticleIndex.Sort.CREATED, true, 0, 10), "newest import first");
        assertEquals(List.of("b"), ids(null, null, null, ArticleIndex.Sort.CREATED, true, 1, 1));
        assertEquals(List.of("b", "c", "a"), ids(null, null, null, ArticleIndex.Sort.HEADLINE, false, 0, 10), "one headline: by id");
        assertEquals(List.of("c", "b", "a"), ids(null, null, null, ArticleIndex.Sort.SOURCE, false, 0, 10));
        assertEquals(List.of("a", "b", "c"), ids(null, null, null, ArticleIndex.Sort.PUBLISHED, true, 0, 10), "no date last");
        assertEquals(3, index.page(new ArticleIndex.Query(null, null, null, ArticleIndex.Sort.CREATED, true, 2, 1)).total());
    }

    @Test
    void findsByHeadlineFileAndNamesWithEveryWord() {
        assertEquals(List.of("c", "b"), ids("budget", null, null, ArticleIndex.Sort.CREATED, true, 0, 10));
        assertEquals(List.of("c"), ids("budget smit", null, null, ArticleIndex.Sort.CREATED, true, 0, 10));
        assertEquals(List.of("b"), ids("LEIDEN.txt", null, null, ArticleIndex.Sort.CREATED, true, 0, 10));
        assertEquals(List.of("c", "b"), ids("budg", null, null, ArticleIndex.Sort.CREATED, true, 0, 10), "the start of a word finds it");
        assertEquals(List.of(), ids("udget", null, null, ArticleIndex.Sort.CREATED, true, 0, 10), "the middle does not");
        assertEquals(List.of("b"), ids("budget", null, "2024-02", ArticleIndex.Sort.HEADLINE, false, 0, 10), "words and a date");
        assertEquals(List.of("a"), ids(null, "marta jansen", null, ArticleIndex.Sort.CREATED, true, 0, 10));
        assertEquals(List.of("a"), ids(null, null, "2024-03", ArticleIndex.Sort.CREATED, true, 0, 10));
        assertEquals(List.of("c"), ids(null, null, "none", ArticleIndex.Sort.CREATED, true, 0, 10));
    }

    @Test
    void aChangedSummaryMovesAndARemovedOneGoes() {
        index.put(summary("b", "Aardvark escapes", "budget-leiden.txt", "2024-02-01", "2024-03-14T11:00:00.000000000Z0000", List.of()));
        assertEquals(List.of("b", "c", "a"), ids(null, null, null, ArticleIndex.Sort.HEADLINE, false, 0, 10));
        assertEquals(List.of(), ids("agreed leiden", null, null, ArticleIndex.Sort.CREATED, true, 0, 10), "the old words are gone");
        index.remove("c");
        assertEquals(List.of("b", "a"), ids(null, null, null, ArticleIndex.Sort.CREATED, true, 0, 10));
        assertEquals(2, index.size());
    }

    @Test
    void manyMatchesArePagedAlongTheOrder() {
        for (int i = 0; i < 5000; i++) {
            index.put(summary("m" + i, "Match " + i, "m.txt", null, String.format("2025-01-01T00:00:00.%09dZ0000", i), List.of()));
        }
        ArticleIndex.Page p = index.page(new ArticleIndex.Query("match", null, null, ArticleIndex.Sort.CREATED, true, 10, 3));
        assertEquals(5000, p.total());
        assertEquals(List.of("m4989", "m4988", "m4987"), p.items().stream().map(Summary::id).toList());
        index.remove("m4989");
        assertEquals(4999, index.page(new ArticleIndex.Query("match", null, null, ArticleIndex.Sort.CREATED, true, 0, 1)).total());
    }

    @Test
    void anUnknownOrderIsRefusedByName() {
        assertEquals("cannot sort by 'size': sort by created, edited, headline, source or published",
                assertThrows(IllegalArgumentException.class, () -> ArticleIndex.Sort.of("size")).getMessage());
        assertEquals(ArticleIndex.Sort.CREATED, ArticleIndex.Sort.of(null));
    }
}
