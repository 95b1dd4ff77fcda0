package org.copydesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A wire feed on the world desk: one article per item, each through the whole pipeline. */
class FeedIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void eachItemBecomesAnArticleWithItsLinkDateAndAuthor() throws Exception {
        Path feed = tmp.resolve("wire.rss");
        Files.copy(Path.of("src/test/resources/feeds/wire.rss"), feed);
        Path out = tmp.resolve("out");
        Distribution.Run r = Distribution.cli(Distribution.home(), tmp, "--desk", "world", "process", "--out", out.toString(), feed.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode first = JSON.readTree(out.resolve("wire-001.json").toFile());
        JsonNode second = JSON.readTree(out.resolve("wire-002.json").toFile());
        assertEquals("Ferry services resume after storm", first.get("headline").asText());
        assertEquals("https://wire.example/ferries-resume", first.get("url").asText());
        assertEquals("2024-03-12", first.get("published").asText());
        assertEquals("Ana Costa", first.get("byline").asText());
        assertEquals(1, first.at("/source/item").asInt());
        assertFalse(first.get("body").toString().contains("Sign up to our newsletter"), "the stripper ran on the item");
        assertTrue(first.get("times").toString().contains("\"2024-03-12\""), "Tuesday resolved against the item's date");
        assertEquals("Container rates fall for third week", second.get("headline").asText());
        assertEquals(2, second.at("/source/item").asInt());
    }

    @Test
    void theDefaultDeskHasNoFeedImporter() throws Exception {
        Path feed = tmp.resolve("wire.rss");
        Files.copy(Path.of("src/test/resources/feeds/wire.rss"), feed);
        Distribution.Run r = Distribution.cli(Distribution.home(), tmp, "process", feed.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("no importer for '.rss' files"), r.err());
    }
}
