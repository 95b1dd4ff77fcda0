package org.copydesk.exporter.jsonld.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.formats.testkit.SampleArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class JsonldExporterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TYPES = Set.of("Person", "Organization", "Place", "Thing");

    static String export(Article a) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonldExporter().write(a, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Every sample: a NewsArticle whose text fields are the article's, each entity once, typed. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.copydesk.formats.testkit.SampleArticles#arguments")
    void everySampleIsAWellFormedNewsArticle(String name, Article a) throws Exception {
        String text = export(a);
        assertFalse(text.contains("<") || text.contains(">"), "angle brackets are escaped for embedding");
        JsonNode n = JSON.readTree(text);
        assertEquals("https://schema.org", n.get("@context").asText());
        assertEquals("NewsArticle", n.get("@type").asText());
        assertTrue(n.get("identifier").asText().startsWith("urn:copydesk:article:"));
        assertEquals(a.headline(), n.has("headline") ? n.get("headline").asText() : null);
        assertEquals(String.join("\n\n", a.body()), n.path("articleBody").asText(""));
        if (a.published() != null) {
            assertEquals(a.published().toString(), n.get("datePublished").asText());
        } else {
            assertFalse(n.has("datePublished"));
        }
        List<String> names = new ArrayList<>();
        for (String list : new String[] {"about", "mentions"}) {
            for (JsonNode e : n.path(list)) {
                assertTrue(TYPES.contains(e.get("@type").asText()), e.toString());
                names.add(e.get("name").asText());
            }
        }
        assertEquals(a.entities().stream().map(Entity::name).sorted().toList(), names.stream().sorted().toList());
    }

    @Test
    void mapsTheArticle() throws Exception {
        JsonNode n = JSON.readTree(export(SampleArticles.all().get("full")));
        assertEquals("https://example.com/iran", n.get("@id").asText());
        assertEquals("Tehran says Washington will pay for the killing in Baghdad", n.get("description").asText());
        assertEquals("2020-01-03", n.get("datePublished").asText());
        assertEquals("Borzou Daragahi", n.at("/author/name").asText());
        assertEquals("en", n.get("inLanguage").asText());
        assertEquals("{\"@type\":\"Person\",\"name\":\"Qassem Soleimani\"}", n.at("/about/0").toString());
        assertEquals("{\"@type\":\"Person\",\"name\":\"Ali Khamenei\"}", n.at("/mentions/0").toString());
        assertEquals("{\"@type\":\"Thing\",\"name\":\"Shia Muslims\"}", n.at("/mentions/3").toString());
    }

    @Test
    void scriptInTheInputCannotCloseAnEmbeddingScriptElement() throws Exception {
        String text = export(SampleArticles.all().get("script-injection"));
        assertTrue(text.contains("\\u003Cscript\\u003Ealert('x')\\u003C/script\\u003E \\u0026"), text);
        assertEquals("<script>alert('x')</script> & \"quotes\" in the headline", JSON.readTree(text).get("headline").asText());
    }

    @Test
    void aBylineWithoutByIsTheName() {
        assertEquals("Staff", JsonldExporter.authorName("Staff"));
        assertEquals("Ana Ruiz", JsonldExporter.authorName("By Ana Ruiz"));
        assertEquals("Byron Bay Desk", JsonldExporter.authorName("Byron Bay Desk"));
    }
}
