package org.copydesk.exporter.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.formats.testkit.SampleArticles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlExporterTest {
    static String export(Article a) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlExporter().write(a, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The text as a browser shows it: whitespace collapsed, forbidden controls replaced. */
    private static String norm(String s) {
        return s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "\uFFFD").replaceAll("\\s+", " ").strip();
    }

    /** Every sample: no script, no event handler, nothing loaded from outside, and the text intact. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.copydesk.formats.testkit.SampleArticles#arguments")
    void everySampleIsASafeSelfContainedPage(String name, Article a) throws Exception {
        Document d = Jsoup.parse(export(a));
        assertTrue(d.select("script, iframe, object, embed, link, img, base, form").isEmpty(), name);
        for (Element e : d.getAllElements()) {
            for (Attribute at : e.attributes()) {
                assertTrue(!at.getKey().startsWith("on") && !at.getKey().equals("src") && !at.getKey().equals("href"),
                        name + ": " + at);
            }
        }
        assertTrue(d.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content").startsWith("default-src 'none'"));
        if (a.headline() != null) {
            assertEquals(norm(a.headline()), d.selectFirst("h1").text());
            assertEquals(norm(a.headline()), d.title());
        }
        List<String> paragraphs = d.select("article > p").eachText();
        assertEquals(a.body().stream().map(HtmlExporterTest::norm).toList(), paragraphs);
        List<String> names = a.entities().stream().map(Entity::name).toList();
        for (Element span : d.select("article span.entity")) {
            assertTrue(names.contains(span.attr("data-name")), span.toString());
        }
    }

    @Test
    void highlightsEntitiesByType() throws Exception {
        Document d = Jsoup.parse(export(SampleArticles.all().get("full")));
        Element first = d.selectFirst("article > p span.entity");
        assertEquals("entity person", first.className());
        assertEquals("Qassem Soleimani", first.text());
        assertEquals(List.of("Soleimani"), d.select("h1 span.person").eachText());
        assertEquals(10, d.select("ul.entities li").size());
        assertEquals("Shia Muslims 1 mention", d.select("ul.entities li").get(8).text());
        assertEquals(List.of("3 January 2020 Qassem Soleimani was killed in a US strike at Baghdad airport",
                "2 January 2020 Donald Trump said the strike stopped an imminent attack"), d.select("ol.timeline li").eachText());
        assertEquals("2020-01-03", d.selectFirst("ol.timeline time").attr("datetime"), "machines still get the date");
        assertEquals("en", d.selectFirst("html").attr("lang"));
    }

    @Test
    void inputMarkupIsShownAsText() throws Exception {
        String html = export(SampleArticles.all().get("script-injection"));
        assertTrue(html.contains("<h1>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot; in the headline</h1>"), html);
        assertTrue(html.contains("<span class=\"byline\">&lt;img src=x onerror=alert(1)&gt;</span>"), html);
        assertTrue(html.contains("data-name=\"Acme &lt;Corp&gt; &amp; &quot;Sons&quot;\""), html);
        Document d = Jsoup.parse(html);
        assertEquals("Acme <Corp> & \"Sons\" issued a statement.", d.select("article > p").get(1).text());
        assertEquals("]]> and <!-- comment --> and &amp; stay text.", d.select("article > p").get(2).text());
    }

    @Test
    void aPageWithoutHeadlineIsTitledByItsFirstParagraph() throws Exception {
        Document d = Jsoup.parse(export(SampleArticles.all().get("no-headline")));
        assertEquals("A paragraph without a headline, about Lisbon.", d.title());
        assertTrue(d.select("h1").isEmpty());
    }
}
