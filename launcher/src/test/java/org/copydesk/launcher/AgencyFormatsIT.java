package org.copydesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.copydesk.api.SharedData;
import org.copydesk.formats.testkit.NinjsSchema;
import org.copydesk.formats.testkit.XsdValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The agency formats in the assembled runtime: each exports, and ninjs, NITF and NewsML-G2 import back. */
class AgencyFormatsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path home = Distribution.home();

    @TempDir
    Path tmp;

    private Path export(String format, String sample) throws Exception {
        Path out = tmp.resolve(format);
        Distribution.Run r = Distribution.cli(home, tmp, "process", "--format", format, "--out", out.toString(),
                home.resolve("samples/" + sample).toString());
        assertEquals(0, r.status(), format + ": " + r.err());
        return out;
    }

    @Test
    void allSevenFormatsGoIntoOneFolderWithoutClashingAndEachIsValid() throws Exception {
        Path formats = SharedData.require("data/formats");
        Path seed = SharedData.require("seed/independent-iran-trump.txt");
        sevenValidFormats(home.resolve("samples/port-strike.txt"), "2024-03-14", formats, "# Dockworkers in Rotterdam");
        sevenValidFormats(seed, "2020-01-01", formats, "# Iran’s supreme leader");
    }

    private void sevenValidFormats(Path input, String published, Path formats, String markdownStart) throws Exception {
        String stem = input.getFileName().toString().replaceFirst("\\.txt$", "");
        Path out = tmp.resolve("all-" + stem);
        Distribution.Run r = Distribution.cli(home, tmp, "process", "--published", published,
                "--format", "ninjs,nitf,newsml,jsonld,html,markdown,timelinejs", "--out", out.toString(), input.toString());
        assertEquals(0, r.status(), r.err());
        try (var files = Files.list(out)) {
            assertEquals(java.util.List.of(stem + ".html", stem + ".jsonld", stem + ".md", stem + ".newsml.xml",
                    stem + ".ninjs.json", stem + ".nitf.xml", stem + ".timeline.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(java.util.Set.of(), new NinjsSchema(formats.resolve("ninjs")).errors(JSON.readTree(out.resolve(stem + ".ninjs.json").toFile())));
        new XsdValidator(formats.resolve("nitf/nitf-3-6.xsd")).validate(Files.readAllBytes(out.resolve(stem + ".nitf.xml")));
        new XsdValidator(formats.resolve("newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd")).validate(Files.readAllBytes(out.resolve(stem + ".newsml.xml")));
        assertEquals("NewsArticle", JSON.readTree(out.resolve(stem + ".jsonld").toFile()).get("@type").asText());
        JsonNode tl = JSON.readTree(out.resolve(stem + ".timeline.json").toFile());
        assertTrue(tl.get("events").size() >= 4, tl.toString());
        String html = Files.readString(out.resolve(stem + ".html"));
        assertTrue(html.startsWith("<!DOCTYPE html>") && !html.contains("<script"), "a self-contained page without script");
        assertTrue(Files.readString(out.resolve(stem + ".md")).startsWith(markdownStart));
    }

    @Test
    void everyAgencyFormatExportsAndReadsBack() throws Exception {
        JsonNode original = JSON.readTree(export("json", "port-strike.txt").resolve("port-strike.json").toFile());
        assertTrue(Files.readString(export("html", "port-strike.txt").resolve("port-strike.html")).startsWith("<!DOCTYPE html>"));
        assertEquals("NewsArticle", JSON.readTree(export("jsonld", "port-strike.txt").resolve("port-strike.jsonld").toFile())
                .get("@type").asText());
        Path[] agency = {export("ninjs", "port-strike.txt").resolve("port-strike.ninjs.json"),
            export("nitf", "port-strike.txt").resolve("port-strike.nitf.xml"),
            export("newsml", "port-strike.txt").resolve("port-strike.newsml.xml")};
        String[] importers = {"ninjs", "nitf", "newsml"};
        for (int i = 0; i < agency.length; i++) {
            Path back = tmp.resolve("back-" + importers[i]);
            Distribution.Run r = Distribution.cli(home, tmp, "process", "--out", back.toString(), agency[i].toString());
            assertEquals(0, r.status(), importers[i] + ": " + r.err());
            JsonNode a = JSON.readTree(back.resolve(agency[i].getFileName().toString().replaceAll("\\.\\w+$", ".json")).toFile());
            assertEquals(importers[i], a.at("/source/format").asText(), "picked by content, not by extension alone");
            assertEquals(original.get("headline"), a.get("headline"), importers[i]);
            assertEquals(original.get("body"), a.get("body"), importers[i]);
        }
    }
}
