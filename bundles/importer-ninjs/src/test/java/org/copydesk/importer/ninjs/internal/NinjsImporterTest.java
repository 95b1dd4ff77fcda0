package org.copydesk.importer.ninjs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.copydesk.api.SharedData;
import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;
import org.copydesk.api.model.Mention;
import org.copydesk.api.stage.ImportException;
import org.copydesk.api.stage.ImportSource;
import org.copydesk.exporter.ninjs.internal.NinjsExporter;
import org.copydesk.formats.testkit.RoundTrip;
import org.copydesk.formats.testkit.SampleArticles;
import org.copydesk.formats.testkit.Truncation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NinjsImporterTest {
    private final NinjsImporter importer = new NinjsImporter();

    private static ImportSource exported(Article a) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new NinjsExporter().write(a, out);
        return new ImportSource("story.json", out.toByteArray(), null);
    }

    private static ImportSource json(String text) {
        return new ImportSource("x.json", text.getBytes(StandardCharsets.UTF_8), null);
    }

    private static ImportSource example(String name) throws Exception {
        return new ImportSource(name, Files.readAllBytes(SharedData.require("data/formats/ninjs/examples/" + name)), null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.copydesk.formats.testkit.SampleArticles#lossless")
    void readsBackWhatTheExporterWrote(String name, Article a) throws Exception {
        ImportSource src = exported(a);
        assertTrue(importer.accepts(src));
        Article back = importer.read(src).get(0);
        RoundTrip.assertSameContent(a, back);
        assertEquals(a.published(), back.published());
        assertEquals(a.language(), back.language());
        assertEquals(a.byline(), back.byline());
    }

    static Stream<Path> iptcFiles() throws Exception {
        Path dir = SharedData.require("data/formats/ninjs");
        return Stream.concat(Files.list(dir.resolve("examples")), Files.list(dir.resolve("should_pass"))).sorted();
    }

    /** IPTC's examples and passing cases: recognised, and read as an article or refused cleanly. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("iptcFiles")
    void readsOrCleanlyRefusesEveryIptcFile(Path p) throws Exception {
        ImportSource src = new ImportSource(p.getFileName().toString(), Files.readAllBytes(p), null);
        assertTrue(importer.accepts(src), p.toString());
        try {
            Article a = importer.read(src).get(0);
            assertTrue(a.headline() != null || !a.body().isEmpty());
            for (Entity e : a.entities()) {
                for (Mention m : e.mentions()) {
                    assertEquals(m.text(), a.text(m.field(), m.paragraph()).substring(m.start(), m.end()));
                }
            }
        } catch (ImportException e) {
            assertTrue(e.getMessage().contains("no headline and no text body"), e.getMessage());
        }
    }

    /** A file cut anywhere (a broken transfer) is refused with a clear message, never a crash. */
    @Test
    void truncatedFilesAreRefusedCleanly() throws Exception {
        Truncation.refusedEverywhere(importer, exported(SampleArticles.all().get("full")).content(), "cut.json", 2, "not JSON");
    }

    @Test
    void tellsNinjsFromOtherJson() {
        assertTrue(importer.accepts(json("{\"uri\": \"urn:x\", \"version\": \"1\"}")));
        assertFalse(importer.accepts(json("{\"uri\": \"urn:x\", \"version\": \"1\", \"body\": [\"a paragraph\"]}")),
                "Copydesk's article JSON has a body array");
        assertFalse(importer.accepts(json("{\"headline\": \"no uri\", \"version\": \"1\"}")));
        assertFalse(importer.accepts(json("{\"uri\": \"urn:x\"}")));
        assertFalse(importer.accepts(json("[1, 2]")));
        assertFalse(importer.accepts(json("not json")));
    }

    @Test
    void refusesWhatItCannotRead() {
        ImportException e = assertThrows(ImportException.class, () -> importer.read(json("{\"uri\": ")));
        assertTrue(e.getMessage().startsWith("not JSON"), e.getMessage());
        assertThrows(ImportException.class, () -> importer.read(json("{\"uri\": \"urn:x\", \"type\": \"text\"}")));
        assertThrows(ImportException.class, () -> importer.read(json("{\"title\": \"x\"}")));
    }

    @Test
    void readsAnAgencyHtmlBody() throws Exception {
        Article a = importer.read(example("dpa_text.json")).get(0);
        assertEquals("Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?", a.headline());
        assertEquals("Von Christian Hollmann, dpa", a.byline());
        assertEquals("de", a.language());
        assertEquals(LocalDate.of(2019, 5, 10), a.published());
        assertTrue(a.body().get(0).startsWith("Für Lucien Favre war es «der größte Skandal im Fußball seit Jahren»."), a.body().get(0));
        assertTrue(a.body().size() > 3);
        assertTrue(a.body().stream().noneMatch(p -> p.contains("<")));
    }

    @Test
    void findsListedEntitiesInTheText() throws Exception {
        Article a = importer.read(example("tt_text_image_3.json")).get(0);
        assertEquals("Militärövning i jätteformat hålls 2023", a.headline());
        Entity gotland = a.entities().stream().filter(e -> e.name().equals("Gotland")).findFirst().orElseThrow();
        assertEquals(EntityType.LOCATION, gotland.type());
        for (Mention m : gotland.mentions()) {
            assertEquals("Gotland", a.text(m.field(), m.paragraph()).substring(m.start(), m.end()));
        }
        assertFalse(gotland.mentions().isEmpty());
        // an agency's topic codes are not named entities
        assertTrue(a.entities().stream().noneMatch(e -> e.type() == EntityType.MISC));
    }

    @Test
    void readsThePlainSimpleTextExample() throws Exception {
        Article a = importer.read(example("ninjsExSimpleText_3.json")).get(0);
        assertEquals("Captain of wrecked cruise ship on trial in Italy", a.headline());
        assertEquals(4, a.body().size());
        assertNull(a.standfirst());
        assertEquals("http://ninjs.example.com/newsitems/20130709simp123", a.metadata().get("uri"));
    }

    private Article read(String text) {
        try {
            return importer.read(json(text)).get(0);
        } catch (ImportException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void readsLegacyFields() {
        Article a = read("{\"uri\": \"urn:old\", \"headline\": \"Old style\", \"versioncreated\": \"2014-01-02T03:04:05Z\","
                + " \"body_html\": \"<p>One <b>bold</b> line.</p><p>Two.</p>\", \"byline\": \"Ann\"}");
        assertEquals("Old style", a.headline());
        assertEquals(List.of("One bold line.", "Two."), a.body());
        assertEquals(LocalDate.of(2014, 1, 2), a.published());
        assertEquals("Ann", a.byline());
    }

    @Test
    void headlineSpansGiveExactMentions() throws Exception {
        Article a = importer.read(exported(SampleArticles.all().get("entities-in-headline"))).get(0);
        Entity merkel = a.entities().get(0);
        assertEquals(new Mention(Field.HEADLINE, 0, 0, 6, "Merkel"), merkel.mentions().get(0));
    }
}
