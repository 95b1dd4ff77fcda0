package org.copydesk.exporter.newsml.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.copydesk.api.SharedData;
import org.copydesk.api.model.Article;
import org.copydesk.formats.testkit.SampleArticles;
import org.copydesk.formats.testkit.XsdValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NewsmlExporterTest {
    private static XsdValidator xsd;

    /** IPTC's schema from the shared data: a test that needs it skips alone when it is absent. */
    private static synchronized XsdValidator xsd() throws Exception {
        if (xsd == null) {
            xsd = new XsdValidator(SharedData.require("data/formats/newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd"));
        }
        return xsd;
    }

    static String export(Article a) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new NewsmlExporter().write(a, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.copydesk.formats.testkit.SampleArticles#arguments")
    void everySampleIsAValidNewsItem(String name, Article a) throws Exception {
        xsd().validate(export(a).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void carriesEntitiesAsConceptsAndInline() throws Exception {
        String xml = export(SampleArticles.all().get("full"));
        assertTrue(xml.contains("<subject type=\"cpnat:person\" literal=\"Donald Trump\">\n<name>Donald Trump</name>\n</subject>"), xml);
        assertTrue(xml.contains("<subject type=\"cpnat:organisation\" literal=\"Islamic Revolutionary Guard Corps\">"), xml);
        assertTrue(xml.contains("<subject type=\"cpnat:geoArea\" literal=\"Baghdad\">"), xml);
        assertTrue(xml.contains("<subject type=\"cpnat:abstract\" literal=\"Shia Muslims\">"), xml);
        assertTrue(xml.contains("<versionCreated>2020-01-03T00:00:00Z</versionCreated>"), xml);
        assertTrue(xml.contains("<contentCreated>2020-01-03</contentCreated>"), xml);
        assertTrue(xml.contains("guid=\"urn:copydesk:article:9f2c4e1a"), xml);
        assertTrue(xml.contains("<inlineXML contenttype=\"application/nitf+xml\"><nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\""), xml);
        assertTrue(xml.contains("<person idsrc=\"copydesk\" value=\"Donald Trump\">Donald Trump</person> said"), xml);
        assertTrue(xml.contains("<by>By Borzou Daragahi</by>"), xml);
    }

    @Test
    void anUndatedArticleGetsTheUnknownDateMarker() throws Exception {
        String xml = export(SampleArticles.all().get("no-date"));
        assertTrue(xml.contains("<versionCreated>1970-01-01T00:00:00Z</versionCreated>"), xml);
        assertFalse(xml.contains("<contentCreated>"), xml);
    }

    @Test
    void markupInTheInputStaysText() throws Exception {
        String xml = export(SampleArticles.all().get("script-injection"));
        assertFalse(xml.contains("<script>"), xml);
        assertTrue(xml.contains("<headline>&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"quotes\" in the headline</headline>"), xml);
    }

    @Test
    void theValidatorRejectsABrokenItem() throws Exception {
        String good = export(SampleArticles.all().get("full"));
        byte[] bad = good.replaceFirst("<itemClass qcode=\"ninat:text\"/>", "").getBytes(StandardCharsets.UTF_8);
        assertThrows(Exception.class, () -> xsd().validate(bad));
    }

    @Test
    void theSchemaAcceptsIptcsOwnExamples() throws Exception {
        Path dir = SharedData.require("data/formats/newsml-g2/examples");
        for (String f : new String[] {"LISTING_1_A_NewsML-G2_News_Item.xml", "LISTING_22_Sports_story_in_NewsML-G2NITF.xml"}) {
            xsd().validate(Files.readAllBytes(dir.resolve(f)));
        }
    }
}
