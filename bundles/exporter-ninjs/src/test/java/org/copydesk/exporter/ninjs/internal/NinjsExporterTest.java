package org.copydesk.exporter.ninjs.internal;

import org.copydesk.api.SharedData;
import org.copydesk.formats.testkit.NinjsSchema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.copydesk.api.model.Article;
import org.copydesk.formats.testkit.SampleArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class NinjsExporterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static NinjsSchema schema;

    /** IPTC's schema from the shared data: a test that needs it skips alone when it is absent. */
    private static synchronized NinjsSchema schema() throws Exception {
        if (schema == null) {
            schema = new NinjsSchema(SharedData.require("data/formats/ninjs"));
        }
        return schema;
    }

    static JsonNode export(Article a) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new NinjsExporter().write(a, out);
        return JSON.readTree(out.toByteArray());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.copydesk.formats.testkit.SampleArticles#arguments")
    void everySampleIsValidNinjs(String name, Article a) throws Exception {
        assertEquals(List.of(), List.copyOf(schema().errors(export(a))));
    }

    static Stream<Path> shouldPass() throws Exception {
        return Files.list(SharedData.require("data/formats/ninjs/should_pass")).sorted();
    }

    static Stream<Path> shouldFail() throws Exception {
        return Files.list(SharedData.require("data/formats/ninjs/should_fail")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shouldPass")
    void theValidatorAcceptsIptcsPassingCases(Path p) throws Exception {
        assertEquals(List.of(), List.copyOf(schema().errors(JSON.readTree(p.toFile()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shouldFail")
    void theValidatorRejectsIptcsFailingCases(Path p) throws Exception {
        assertFalse(schema().errors(JSON.readTree(p.toFile())).isEmpty(), p + " should fail");
    }

    @Test
    void mapsTheArticle() throws Exception {
        JsonNode n = export(SampleArticles.all().get("full"));
        assertTrue(n.get("uri").asText().startsWith("urn:copydesk:article:9f2c4e1a"));
        assertEquals("Iran vows revenge after US strike kills Soleimani", n.at("/headlines/0/value").asText());
        assertEquals("Tehran says Washington will pay for the killing in Baghdad", n.at("/descriptions/0/value").asText());
        assertEquals("2020-01-03T00:00:00Z", n.get("versionCreated").asText());
        assertEquals("2020-01-03T00:00:00Z", n.get("firstCreated").asText());
        assertEquals("By Borzou Daragahi", n.get("by").asText());
        assertEquals("en", n.get("language").asText());
        assertEquals("Qassem Soleimani", n.at("/people/0/name").asText());
        assertEquals("Islamic Revolutionary Guard Corps", n.at("/organisations/0/name").asText());
        assertEquals("Baghdad", n.at("/places/0/name").asText());
        assertEquals("Shia Muslims", n.at("/subjects/0/name").asText());
        assertEquals("2020-01-03", n.at("/events/0/literal").asText());
        assertTrue(n.at("/bodies/0/value").asText().startsWith("Qassem Soleimani was killed"));
        assertTrue(n.at("/bodies/1/value").asText().startsWith(
                "<p><span class=\"entity person\" data-name=\"Qassem Soleimani\">Qassem Soleimani</span> was killed"));
        assertEquals("text/html", n.at("/headlines/1/contentType").asText());
    }

    @Test
    void htmlVariantsEscapeTheInput() throws Exception {
        JsonNode n = export(SampleArticles.all().get("script-injection"));
        String html = n.at("/bodies/1/value").asText();
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;document.cookie&lt;/script&gt; &amp; an ampersand &amp; &quot;quotes&quot;"), html);
        assertTrue(html.contains("data-name=\"Acme &lt;Corp&gt; &amp; &quot;Sons&quot;\""), html);
        assertEquals("<script>alert('x')</script> & \"quotes\" in the headline", n.at("/headlines/0/value").asText());
    }

    @Test
    void leavesOutWhatTheArticleLacks() throws Exception {
        JsonNode n = export(SampleArticles.all().get("headline-only"));
        assertFalse(n.has("bodies"));
        assertFalse(n.has("descriptions"));
        assertFalse(n.has("people"));
        JsonNode undated = export(SampleArticles.all().get("no-date"));
        assertFalse(undated.has("versionCreated"));
    }
}
