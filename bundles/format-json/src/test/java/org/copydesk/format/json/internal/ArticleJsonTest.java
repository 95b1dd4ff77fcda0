package org.copydesk.format.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;
import org.copydesk.api.model.Mention;
import org.copydesk.api.model.Provenance;
import org.copydesk.api.model.Source;
import org.copydesk.api.model.TimeExpression;
import org.copydesk.api.model.TimelineEntry;
import org.copydesk.api.model.TimexType;
import org.copydesk.api.stage.ImportException;
import org.copydesk.api.stage.ImportSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ArticleJsonTest {
    private static Article sample() {
        return Article.builder().headline("Iran’s leader 😀").standfirst(null).byline("A. Writer")
                .published(LocalDate.of(2020, 1, 1)).source(new Source("a.txt", "text", "ab12", 0))
                .body(List.of("appeal", "Mr Trump said \"no\" & left."))
                .entities(List.of(new Entity("e1", "Donald Trump", EntityType.PERSON, List.of(new Mention(Field.BODY, 1, 0, 8, "Mr Trump")))))
                .times(List.of(new TimeExpression(Field.HEADLINE, 0, 0, 4, "Iran", TimexType.DATE, "XXXX")))
                .timeline(List.of(new TimelineEntry("2020-01-01", "Mr Trump said", 1, List.of("e1"))))
                .provenance(List.of(Provenance.ok("import", "org.copydesk.importer.text", "1.0.0", 1.5)))
                .build()
                .remove(List.of(new Article.Cut(0, "appeal", "generic.appeal", "org.copydesk.strip.rules")));
    }

    private static byte[] write(Article a) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonExporter().write(a, out);
        return out.toByteArray();
    }

    @Test
    void writesTheContractFieldNames() throws IOException {
        JsonNode n = new ObjectMapper().readTree(write(sample()));
        assertEquals("2020-01-01", n.get("published").asText());
        assertTrue(n.get("standfirst").isNull());
        assertEquals("appeal", n.at("/removed/0/reason").asText());
        assertEquals(0, n.at("/removed/0/position").asInt());
        assertEquals("PERSON", n.at("/entities/0/type").asText());
        assertEquals("body", n.at("/entities/0/mentions/0/field").asText());
        assertEquals(0, n.at("/entities/0/mentions/0/paragraph").asInt());
        assertEquals("headline", n.at("/times/0/field").asText());
        assertEquals("import", n.at("/provenance/0/stage").asText());
        assertEquals("ab12", n.at("/source/sha256").asText());
    }

    @Test
    void exportedArticleImportsBackUnchanged() throws IOException, ImportException {
        Article a = sample();
        ImportSource src = new ImportSource("a.json", write(a), null);
        assertTrue(new JsonImporter().accepts(src));
        Article back = new JsonImporter().read(src).get(0);
        assertEquals(a.body(), back.body());
        assertEquals(a.removed(), back.removed());
        assertEquals(a.entities(), back.entities());
        assertEquals(a.times(), back.times());
        assertEquals(a.timeline(), back.timeline());
        assertEquals(a.headline(), back.headline());
        assertEquals(a.originalBody(), back.originalBody());
    }

    @Test
    void aClassifiersConfidenceIsWrittenAndReadBack() throws IOException, ImportException {
        Article a = sample();
        a = a.toBuilder().removed(List.of(a.removed().get(0).withConfidence(0.93))).build();
        JsonNode n = new ObjectMapper().readTree(write(a));
        assertEquals(0.93, n.at("/removed/0/confidence").asDouble());
        assertFalse(new ObjectMapper().readTree(write(sample())).at("/removed/0").has("confidence"), "a rule's removal has none");
        Article back = new JsonImporter().read(new ImportSource("a.json", write(a), null)).get(0);
        assertEquals(a.removed(), back.removed());
    }

    @Test
    void minimalScorerInputIsRead() throws ImportException {
        byte[] json = "{\"headline\": null, \"published\": \"2008-03-01\", \"body\": [\"One .\", \"Two .\"]}".getBytes(StandardCharsets.UTF_8);
        Article a = new JsonImporter().read(new ImportSource("doc.json", json, null)).get(0);
        assertEquals(List.of("One .", "Two ."), a.body());
        assertEquals(LocalDate.of(2008, 3, 1), a.published());
    }

    @Test
    void otherJsonIsLeftToOtherImporters() {
        byte[] ninjs = "{\"uri\": \"urn:x\", \"body_html\": \"<p>x</p>\"}".getBytes(StandardCharsets.UTF_8);
        assertFalse(new JsonImporter().accepts(new ImportSource("n.json", ninjs, null)));
    }

    @Test
    void badJsonNamesTheProblem() {
        ImportException e = assertThrows(ImportException.class, () -> new JsonImporter()
                .read(new ImportSource("x.json", "{\"body\": [1, 2]}".getBytes(StandardCharsets.UTF_8), null)));
        assertTrue(e.getMessage().contains("body must be a list of strings"), e.getMessage());
        e = assertThrows(ImportException.class, () -> new JsonImporter()
                .read(new ImportSource("x.json", "{\"body\": [".getBytes(StandardCharsets.UTF_8), null)));
        assertTrue(e.getMessage().startsWith("not valid JSON"), e.getMessage());
    }
}
