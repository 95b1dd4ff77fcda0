package org.copydesk.importer.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.copydesk.api.model.Article;
import org.junit.jupiter.api.Test;

class StructuredDataTest {
    @Test
    void aGraphsArticleGivesItsFactsAndPointsToItsAuthor() {
        StructuredData ld = StructuredData.of(List.of("""
                {"@context":"https://schema.org","@graph":[
                 {"@type":"WebSite","name":"Site","headline":"Not the article"},
                 {"@type":"WebPage","datePublished":"2024-02-19T08:00:00Z"},
                 {"@type":["NewsArticle","Article"],"headline":"Bridge reopens","author":{"@id":"#p1"}},
                 {"@type":"Person","@id":"#p1","name":"Ana Ruiz"}]}"""));
        assertEquals("Bridge reopens", ld.headline());
        assertEquals("2024-02-19T08:00:00Z", ld.datePublished());
        assertEquals("Ana Ruiz", ld.author());
        assertEquals(List.of(), ld.body());
    }

    @Test
    void aBrokenScriptStillGivesItsPlainStringFacts() {
        StructuredData ld = StructuredData.of(List.of("""
                {"@type": "NewsArticle", "author": Tom Lee, "headline": "Tide \\u201chigher\\u201d than forecast",
                 "datePublished": "2021-05-11T07:00:00+02:00" """));
        assertEquals("Tide “higher” than forecast", ld.headline());
        assertEquals("2021-05-11T07:00:00+02:00", ld.datePublished());
        assertNull(ld.author());
    }

    @Test
    void aScriptThatIsNoJsonAtAllGivesNothingAndBreaksNothing() {
        assertEquals(StructuredData.NONE.headline(), StructuredData.of(List.of("<!-- -->", "{{{", "")).headline());
        assertEquals("Deep", StructuredData.of(List.of("[".repeat(5_000) + "{\"headline\":\"Deep\"}")).headline());
    }

    @Test
    void aBodyReadsAsParagraphsFromMarkupOrPlainText() {
        assertEquals(List.of("One.", "Sub", "Two words."),
                StructuredData.paragraphs("<p>One.</p><h2>Sub</h2><blockquote><p>Two  words.</p></blockquote>"));
        assertEquals(List.of("First line.", "Second line."), StructuredData.paragraphs("First line.\n\nSecond line."));
        // some systems flatten paragraphs to two spaces after a sentence
        assertEquals(List.of("It rained.", "Then it \"stopped.\"", "Dry."),
                StructuredData.paragraphs("It rained.  Then it \"stopped.\"  Dry."));
    }

    @Test
    void aPageDrawnByScriptTakesItsBodyFromTheStructuredData() throws Exception {
        Article a = Pages.read("script-rendered.html");
        assertEquals("Council agrees night-bus trial", a.headline());
        assertEquals("Priya Natarajan", a.byline());
        assertEquals(LocalDate.of(2024, 2, 19), a.published());
        assertEquals(4, a.body().size(), a.body().toString());
        assertTrue(a.body().get(0).startsWith("A night-bus service linking the three valley towns"), a.body().get(0));
        assertEquals("Why now", a.body().get(2));
        assertEquals("json-ld", a.metadata().get("bodySource"));
    }

    @Test
    void behindAPaywallTheVisibleTeaserStaysTheArticle() throws Exception {
        Article a = Pages.read("walled-structured.html");
        assertEquals(1, a.body().size(), a.body().toString());
        assertTrue(a.body().get(0).startsWith("Planners have refused"));
        assertFalse(a.metadata().containsKey("bodySource"));
        assertTrue(a.removed().stream().anyMatch(r -> r.reason().equals("paywall")), a.removed().toString());
    }

    @Test
    void aHeadlineWithOtherQuotesThanItsHeadingIsNotRepeatedInTheBody() throws Exception {
        Article a = Pages.read("curly-headline.html");
        assertEquals("Mayor's plan for the 'green mile' wins backing", a.headline());
        assertTrue(a.body().get(0).startsWith("Councillors backed"), a.body().toString());
        assertEquals(2, a.body().size(), a.body().toString());
    }
}
