package org.copydesk.exporter.nitf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.copydesk.api.SharedData;
import org.copydesk.api.model.Article;
import org.copydesk.formats.testkit.SampleArticles;
import org.copydesk.formats.testkit.XsdValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NitfExporterTest {
    private static XsdValidator xsd;

    /** IPTC's schema from the shared data: a test that needs it skips alone when it is absent. */
    private static synchronized XsdValidator xsd() throws Exception {
        if (xsd == null) {
            xsd = new XsdValidator(SharedData.require("data/formats/nitf/nitf-3-6.xsd"));
        }
        return xsd;
    }

    static byte[] export(Article a) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new NitfExporter().write(a, out);
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.copydesk.formats.testkit.SampleArticles#arguments")
    void everySampleIsValidNitf(String name, Article a) throws Exception {
        xsd().validate(export(a));
    }

    @Test
    void marksEntitiesInlineAndDatesInDocdata() throws Exception {
        String xml = new String(export(SampleArticles.all().get("full")), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<p><person idsrc=\"copydesk\" value=\"Qassem Soleimani\">Qassem Soleimani</person> was killed"), xml);
        assertTrue(xml.contains("<person idsrc=\"copydesk\" value=\"Qassem Soleimani\">Soleimani</person>"), xml);
        assertTrue(xml.contains("<date.issue norm=\"20200103T000000+0000\"/>"), xml);
        assertTrue(xml.contains("<classifier idsrc=\"copydesk\" value=\"Shia Muslims\">Shia Muslims</classifier>"), xml);
        assertTrue(xml.contains("<doc-id id-string=\"urn:copydesk:article:9f2c4e1a"), xml);
        assertTrue(xml.contains("baselang=\"en\""), xml);
    }

    @Test
    void markupInTheInputStaysText() throws Exception {
        String xml = new String(export(SampleArticles.all().get("script-injection")), StandardCharsets.UTF_8);
        assertFalse(xml.contains("<script>"), xml);
        assertTrue(xml.contains("&lt;script&gt;document.cookie&lt;/script&gt; &amp; an ampersand"), xml);
    }

    @Test
    void theValidatorRejectsBrokenNitf() {
        byte[] bad = "<nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\"><body><body.content><hl1/></body.content></body></nitf>"
                .getBytes(StandardCharsets.UTF_8);
        assertThrows(Exception.class, () -> xsd().validate(bad));
    }

    @Test
    void removedBlocksAreNotExported() throws Exception {
        String xml = new String(export(SampleArticles.all().get("with-removals")), StandardCharsets.UTF_8);
        assertFalse(xml.contains(SampleArticles.firstRemoval().text()));
        assertEquals(1, xml.split("<p>", -1).length - 1);
    }

    @Test
    void samplesAreVaried() {
        Map<String, Article> all = SampleArticles.all();
        assertTrue(all.size() >= 20);
    }
}
