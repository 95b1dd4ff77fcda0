package org.copydesk.importer.nitf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;
import org.copydesk.api.model.Mention;
import org.copydesk.api.stage.ImportException;
import org.copydesk.api.stage.ImportSource;
import org.copydesk.exporter.nitf.internal.NitfExporter;
import org.copydesk.formats.testkit.HostileXml;
import org.copydesk.formats.testkit.RoundTrip;
import org.copydesk.formats.testkit.SampleArticles;
import org.copydesk.formats.testkit.Truncation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NitfImporterTest {
    private final NitfImporter importer = new NitfImporter();

    private static ImportSource resource(String name) throws Exception {
        try (InputStream in = NitfImporterTest.class.getResourceAsStream("/" + name)) {
            return new ImportSource(name, in.readAllBytes(), null);
        }
    }

    private static ImportSource exported(Article a) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new NitfExporter().write(a, out);
        return new ImportSource("story.xml", out.toByteArray(), null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.copydesk.formats.testkit.SampleArticles#lossless")
    void readsBackWhatTheExporterWrote(String name, Article a) throws Exception {
        Article back = importer.read(exported(a)).get(0);
        RoundTrip.assertSameContent(a, back);
        assertEquals(a.published(), back.published());
        assertEquals(a.language(), back.language());
        assertEquals(a.byline(), back.byline());
    }

    @Test
    void lossySamplesStillReadBackTheirText() throws Exception {
        Article back = importer.read(exported(SampleArticles.all().get("control-characters"))).get(0);
        assertEquals("Bell\uFFFD in the headline", back.headline());
        Article nested = importer.read(exported(SampleArticles.all().get("overlapping-mentions"))).get(0);
        assertEquals(List.of("The New York Times was sued in New York."), nested.body());
    }

    @Test
    void readsAnAgencyStyleDocument() throws Exception {
        ImportSource src = resource("agency-story.nitf");
        assertTrue(importer.accepts(src));
        Article a = importer.read(src).get(0);
        assertEquals("Harbour bridge reopens after two-year repair", a.headline());
        assertEquals("By Tom Ellis, Transport Correspondent", a.byline());
        assertEquals("Traffic returns to the Harbour Bridge.", a.standfirst());
        assertEquals(List.of("The mayor, Clover Moore, opened the bridge on Friday for the RMS.",
                "\"It is a great day for Sydney,\" she said.", "Tolls stay the same."), a.body());
        assertEquals(LocalDate.of(2024, 3, 15), a.published());
        assertEquals("en-GB", a.language());
        assertEquals("demo-2024-0042", a.metadata().get("doc-id"));
        Entity moore = a.entities().stream().filter(e -> e.name().equals("Clover Moore")).findFirst().orElseThrow();
        assertEquals(EntityType.PERSON, moore.type());
        assertEquals(List.of(new Mention(Field.BODY, 0, 11, 23, "Clover Moore")), moore.mentions());
        Entity rms = a.entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION).findFirst().orElseThrow();
        assertEquals("Roads and Maritime Services", rms.name());
        assertEquals("RMS", rms.mentions().get(0).text());
        assertTrue(a.entities().stream().anyMatch(e -> e.name().equals("Harbour Bridge")
                && e.mentions().get(0).field() == Field.STANDFIRST));
    }

    /** A file cut anywhere (a broken transfer) is refused with a clear message, never a crash. */
    @Test
    void truncatedFilesAreRefusedCleanly() throws Exception {
        Truncation.refusedEverywhere(importer, exported(SampleArticles.all().get("full")).content(), "cut.xml", 1, "not ");
    }

    @Test
    void sniffsTheRootElement() throws Exception {
        assertTrue(importer.accepts(exported(SampleArticles.all().get("full"))));
        assertFalse(importer.accepts(new ImportSource("feed.xml", "<rss version=\"2.0\"/>".getBytes(StandardCharsets.UTF_8), null)));
        assertFalse(importer.accepts(new ImportSource("x.xml", "not xml".getBytes(StandardCharsets.UTF_8), null)));
    }

    @Test
    void refusesExternalEntities() {
        ImportSource xxe = new ImportSource("xxe.xml", HostileXml.externalEntity("nitf",
                "<nitf><body><body.content><p>&xxe;</p></body.content></body></nitf>"), null);
        ImportException e = assertThrows(ImportException.class, () -> importer.read(xxe));
        assertTrue(e.getMessage().startsWith("refused for safety: it has a DOCTYPE"), e.getMessage());
        // the root is NITF, so this importer takes the file and says why it refuses it
        assertTrue(importer.accepts(xxe));
    }

    @Test
    void refusesEntityExpansion() {
        ImportSource lol = new ImportSource("lol.xml", HostileXml.billionLaughs("nitf",
                "<nitf><body><body.content><p>&lol9;</p></body.content></body></nitf>"), null);
        ImportException e = assertThrows(ImportException.class, () -> importer.read(lol));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void refusesOtherRootsAndEmptyDocuments() {
        ImportSource rss = new ImportSource("feed.xml", "<rss/>".getBytes(StandardCharsets.UTF_8), null);
        assertThrows(ImportException.class, () -> importer.read(rss));
        ImportSource empty = new ImportSource("e.nitf", "<nitf><body/></nitf>".getBytes(StandardCharsets.UTF_8), null);
        assertThrows(ImportException.class, () -> importer.read(empty));
        ImportSource broken = new ImportSource("b.nitf", "<nitf><body>".getBytes(StandardCharsets.UTF_8), null);
        ImportException e = assertThrows(ImportException.class, () -> importer.read(broken));
        assertTrue(e.getMessage().startsWith("not well-formed XML at line 1, column "), e.getMessage());
    }
}
