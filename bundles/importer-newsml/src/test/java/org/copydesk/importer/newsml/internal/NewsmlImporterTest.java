package org.copydesk.importer.newsml.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.copydesk.api.SharedData;
import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;
import org.copydesk.api.model.Mention;
import org.copydesk.api.stage.ImportException;
import org.copydesk.api.stage.ImportSource;
import org.copydesk.exporter.newsml.internal.NewsmlExporter;
import org.copydesk.formats.testkit.HostileXml;
import org.copydesk.formats.testkit.RoundTrip;
import org.copydesk.formats.testkit.SampleArticles;
import org.copydesk.formats.testkit.Truncation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NewsmlImporterTest {
    private final NewsmlImporter importer = new NewsmlImporter();

    private static ImportSource exported(Article a) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new NewsmlExporter().write(a, out);
        return new ImportSource("item.xml", out.toByteArray(), null);
    }

    private static ImportSource example(String name) throws Exception {
        Path p = SharedData.require("data/formats/newsml-g2/examples/" + name);
        return new ImportSource(name, Files.readAllBytes(p), null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.copydesk.formats.testkit.SampleArticles#lossless")
    void readsBackWhatTheExporterWrote(String name, Article a) throws Exception {
        List<Article> back = importer.read(exported(a));
        assertEquals(1, back.size());
        RoundTrip.assertSameContent(a, back.get(0));
        assertEquals(a.published(), back.get(0).published());
        assertEquals(a.language(), back.get(0).language());
        assertEquals(a.byline(), back.get(0).byline());
    }

    @Test
    void readsIptcsNewsItemWithNitfContent() throws Exception {
        ImportSource src = example("LISTING_22_Sports_story_in_NewsML-G2NITF.xml");
        assertTrue(importer.accepts(src));
        Article a = importer.read(src).get(0);
        assertTrue(a.headline().startsWith("Arizona Diamondbacks (29-23) at Philadelphia Phillies"), a.headline());
        assertEquals(LocalDate.of(2016, 10, 19), a.published());
        assertEquals("en-US", a.language());
        assertTrue(a.body().size() >= 6, a.body().toString());
        assertTrue(a.body().get(0).startsWith("(Sports Network) - A pair of teams"), a.body().get(0));
        Entity davis = a.entities().stream().filter(e -> e.name().equals("Doug Davis")).findFirst().orElseThrow();
        assertEquals(EntityType.PERSON, davis.type());
        Mention m = davis.mentions().stream().filter(x -> x.field() == Field.BODY).findFirst().orElseThrow();
        assertEquals("Doug Davis", a.body().get(m.paragraph()).substring(m.start(), m.end()));
        // topic codes (medtop) and team concepts are not named entities of ours
        assertTrue(a.entities().stream().noneMatch(e -> e.name().equals("sport")));
    }

    @Test
    void readsIptcsTextDocument() throws Exception {
        Article a = importer.read(example("LISTING_1_A_NewsML-G2_News_Item.xml")).get(0);
        assertEquals("Fed to halt QE to avert \"bubble\"", a.headline());
        assertTrue(a.body().isEmpty(), "IPTC's example leaves its inlineXML empty");
        assertTrue(a.metadata().get("guid").startsWith("urn:newsml:"), a.metadata().toString());
    }

    @Test
    void readsEveryItemOfANewsMessage() throws Exception {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/message.xml")) {
            bytes = in.readAllBytes();
        }
        ImportSource src = new ImportSource("message.xml", bytes, null);
        assertTrue(importer.accepts(src));
        List<Article> items = importer.read(src);
        assertEquals(2, items.size());
        Article first = items.get(0);
        assertEquals(List.of("Maria Lopez takes over in June.", "The board of the central bank voted on Tuesday."), first.body());
        assertEquals("Desk Reporter", first.byline());
        assertEquals(LocalDate.of(2024, 5, 1), first.published());
        assertEquals(1, first.entities().size());
        assertEquals(List.of(new Mention(Field.HEADLINE, 0, 0, 11, "Maria Lopez"), new Mention(Field.BODY, 0, 0, 11, "Maria Lopez")),
                first.entities().get(0).mentions());
        Article second = items.get(1);
        assertEquals(1, second.source().item());
        assertEquals("fr", second.language());
        assertEquals("Les transports sont perturbés.", second.standfirst());
        assertEquals(List.of("Les bus de Lyon restent au dépôt.", "Le métro roule."), second.body());
        assertEquals(2, second.entities().get(0).mentions().size());
    }

    @Test
    void theUnknownDateMarkerReadsAsNoDate() throws Exception {
        assertNull(importer.read(exported(SampleArticles.all().get("no-date"))).get(0).published());
    }

    @Test
    void refusesExternalEntitiesAndExpansion() {
        String item = "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><contentMeta><headline>%s</headline></contentMeta></newsItem>";
        ImportSource xxe = new ImportSource("xxe.xml", HostileXml.externalEntity("newsItem", item.formatted("&xxe;")), null);
        ImportException e = assertThrows(ImportException.class, () -> importer.read(xxe));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        ImportSource lol = new ImportSource("lol.xml", HostileXml.billionLaughs("newsItem", item.formatted("&lol9;")), null);
        e = assertThrows(ImportException.class, () -> importer.read(lol));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertTrue(importer.accepts(lol)); // a NewsML-G2 root: this importer says why it refuses the file
    }

    /** A file cut anywhere (a broken transfer) is refused with a clear message, never a crash. */
    @Test
    void truncatedFilesAreRefusedCleanly() throws Exception {
        Truncation.refusedEverywhere(importer, exported(SampleArticles.all().get("full")).content(), "cut.xml", 1, "not ");
    }

    @Test
    void sniffsRootAndNamespace() throws Exception {
        assertFalse(importer.accepts(new ImportSource("a.xml", "<newsItem/>".getBytes(StandardCharsets.UTF_8), null)));
        assertFalse(importer.accepts(example("LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml")));
        ImportSource nitf = new ImportSource("n.xml", "<nitf><body/></nitf>".getBytes(StandardCharsets.UTF_8), null);
        assertThrows(ImportException.class, () -> importer.read(nitf));
    }
}
