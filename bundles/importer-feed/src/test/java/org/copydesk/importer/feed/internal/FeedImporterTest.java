package org.copydesk.importer.feed.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.stage.ImportException;
import org.copydesk.api.stage.ImportSource;
import org.copydesk.api.stage.Importer;
import org.copydesk.importer.html.internal.HtmlImporter;
import org.junit.jupiter.api.Test;
import org.osgi.service.log.Logger;

class FeedImporterTest {
    /** The real HTML importer, as DS would inject it through the format filter. */
    private static final Importer HTML = new HtmlImporter();

    static FeedImporter importer(int maxItems) {
        return importer(maxItems, mock(Logger.class));
    }

    static FeedImporter importer(int maxItems, Logger log) {
        return new FeedImporter(HTML, log, new FeedImporter.Config() {
            @Override
            public int maxItems() {
                return maxItems;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return FeedImporter.Config.class;
            }
        });
    }

    private static ImportSource source(String name) throws IOException {
        try (InputStream in = FeedImporterTest.class.getResourceAsStream("/feeds/" + name)) {
            return new ImportSource(name, in.readAllBytes(), null);
        }
    }

    @Test
    void rssItemsBecomeArticlesWithTheirOwnFacts() throws Exception {
        List<Article> items = importer(1000).read(source("news.rss"));
        assertEquals(3, items.size());
        Article first = items.get(0);
        assertEquals("Flood barrier opens early as river rises", first.headline());
        assertEquals("https://gazette.example/news/flood-barrier-opens", first.url());
        assertEquals("Jane Marlow", first.byline());
        assertEquals(LocalDate.of(2024, 3, 8), first.published());
        assertEquals("en-gb", first.language());
        assertEquals(1, first.source().item());
        assertEquals("feed", first.source().format());
        assertEquals("Riverside Gazette", first.metadata().get("feed"));
        // content:encoded wins over the description, and goes through the HTML extraction
        assertEquals(List.of(
                "The new flood barrier on the River Wend was raised for the first time on Thursday night, two weeks"
                        + " before its official opening.",
                "Engineers said it protected around 400 homes in the lower town."), first.body());
        assertTrue(first.removed().stream().anyMatch(r -> r.text().contains("appeared first on")));
    }

    @Test
    void plainTextDescriptionKeepsItsParagraphs() throws Exception {
        Article second = importer(1000).read(source("news.rss")).get(1);
        assertEquals(2, second.source().item());
        assertEquals(List.of("Councillors approved a budget of £120m on Thursday evening.",
                "Libraries keep their opening hours & parks get two new wardens."), second.body());
        assertNull(second.byline());
    }

    @Test
    void itemWithoutTextKeepsItsHeadline() throws Exception {
        Article third = importer(1000).read(source("news.rss")).get(2);
        assertEquals("Photo of the day", third.headline());
        assertTrue(third.body().isEmpty());
    }

    @Test
    void atomEntriesUseContentPublishedAndAuthor() throws Exception {
        List<Article> items = importer(1000).read(source("updates.atom"));
        assertEquals(2, items.size());
        Article a = items.get(0);
        assertEquals("Anna Becker", a.byline());
        assertEquals(LocalDate.of(2023, 11, 12), a.published());
        assertEquals("https://backstube.example/sauerteig", a.url());
        assertEquals(2, a.body().size());
        Article b = items.get(1);
        assertEquals("Roggen & Kümmel", b.headline());
        // no published date: the updated one stands in
        assertEquals(LocalDate.of(2023, 10, 1), b.published());
        assertEquals(List.of("Ein kräftiges Roggenbrot mit Kümmel, ganz ohne Hefe gebacken."), b.body());
    }

    @Test
    void maxItemsLimitsTheArticles() throws Exception {
        assertEquals(1, importer(1).read(source("news.rss")).size());
    }

    @Test
    void doctypesAndExternalEntitiesAreRefused() throws Exception {
        ImportException e = assertThrows(ImportException.class, () -> importer(1000).read(source("xxe.rss")));
        assertTrue(e.getMessage().startsWith("not a readable RSS or Atom feed"), e.getMessage());
        assertFalse(e.getMessage().contains("root:"), e.getMessage());
    }

    @Test
    void xmlIsAcceptedOnlyWithAFeedRoot() throws Exception {
        FeedImporter feeds = importer(1000);
        assertTrue(feeds.accepts(new ImportSource("news.xml", source("news.rss").content(), null)));
        assertTrue(feeds.accepts(new ImportSource("updates.xml", source("updates.atom").content(), null)));
        assertFalse(feeds.accepts(source("nitf.xml")));
        assertTrue(feeds.accepts(source("news.rss")));
    }

    @Test
    void brokenInputIsAnImportException() {
        FeedImporter feeds = importer(1000);
        assertThrows(ImportException.class, () -> feeds.read(new ImportSource("empty.rss", new byte[0], null)));
        assertThrows(ImportException.class, () -> feeds.read(new ImportSource("cut.rss",
                "<rss version=\"2.0\"><channel><title>x</title><item><title>a".getBytes(), null)));
    }

    @Test
    void aLongFeedsItemsAreReadInParallelAndKeepTheirOrderAndFacts() throws Exception {
        StringBuilder rss = new StringBuilder("<rss version=\"2.0\"><channel><title>Wire</title><link>https://wire.example/</link>"
                + "<language>en</language>");
        for (int i = 1; i <= 500; i++) {
            rss.append("<item><title>Item ").append(i).append("</title><pubDate>Mon, 0").append(1 + i % 9)
                    .append(" Jun 2026 10:00:00 GMT</pubDate><description>The harbour reopened on day ").append(i)
                    .append(".</description></item>");
        }
        List<Article> items = importer(1000).read(new ImportSource("wire.rss", rss.append("</channel></rss>").toString()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), null));
        assertEquals(500, items.size());
        for (int i = 1; i <= 500; i++) {
            Article a = items.get(i - 1);
            assertEquals("Item " + i, a.headline());
            assertEquals(List.of("The harbour reopened on day " + i + "."), a.body());
            assertEquals(java.time.LocalDate.of(2026, 6, 1 + i % 9), a.published());
            assertEquals(i, a.source().item());
            assertEquals("en", a.language());
            assertEquals("Wire", a.metadata().get("feed"));
            assertEquals("https://wire.example/", a.metadata().get("feedLink"));
        }
    }

    @Test
    void itemsPastTheLimitAreCutWithAWarningNamingTheLimit() throws Exception {
        StringBuilder rss = new StringBuilder("<rss version=\"2.0\"><channel><title>Wire</title>");
        for (int i = 1; i <= 5; i++) {
            rss.append("<item><title>Item ").append(i).append("</title><description>Text of item ").append(i)
                    .append(".</description></item>");
        }
        ImportSource feed = new ImportSource("wire.rss", rss.append("</channel></rss>").toString()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
        Logger log = mock(Logger.class);
        List<Article> items = importer(3, log).read(feed);
        assertEquals(List.of("Item 1", "Item 2", "Item 3"), items.stream().map(Article::headline).toList());
        verify(log).warn("wire.rss: read the first 3 of its 5 items, the limit (maxItems of org.copydesk.importer.feed;"
                + " raise it in the desk's org.copydesk.importer.feed.config)");
        Logger quiet = mock(Logger.class);
        assertEquals(5, importer(5, quiet).read(feed).size());
        verifyNoInteractions(quiet);
        // one hash of the whole feed names every item's source
        assertTrue(items.stream().allMatch(a -> a.source().sha256().equals(feed.sha256())));
        assertEquals(List.of(1, 2, 3), items.stream().map(a -> a.source().item()).toList());
    }

    @Test
    void deepNestingIsRefusedInLinearTime() {
        String deep = "<rss version=\"2.0\"><channel><title>t</title><item><title>i</title><x>" + "<p>".repeat(100_000)
                + "</p>".repeat(100_000) + "</x></item></channel></rss>";
        ImportSource feed = new ImportSource("deep.rss", deep.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
        ImportException e = assertThrows(ImportException.class, () -> importer(1000).read(feed));
        assertEquals("not a readable RSS or Atom feed: elements nested more than 500 deep, which no feed is", e.getMessage());
        ImportSource nitf = new ImportSource("n.rss", "<nitf><head/></nitf>".getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
        assertEquals("not a readable RSS or Atom feed: its root element is not <rss>, <feed> or <rdf:RDF>",
                assertThrows(ImportException.class, () -> importer(1000).read(nitf)).getMessage());
    }
}
