package org.copydesk.api.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ImportSourceTest {
    private static final byte[] ABC = "abc".getBytes(StandardCharsets.US_ASCII);

    @Test
    void anInputOfItsOwnIsKnownByTheHashOfItsContent() {
        ImportSource s = new ImportSource("a.txt", ABC, null);
        // FIPS 180-2 test vector
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", s.sha256());
        assertEquals(s.sha256(), s.source("text", 0).sha256());
    }

    @Test
    void aPartOfAnInputHashedAlreadyIsKnownByThatHash() {
        String feed = "f".repeat(64);
        ImportSource item = new ImportSource("feed-1.html", ABC, "text/html", feed);
        assertEquals(feed, item.sha256());
        assertEquals(feed, item.source("html", 0).sha256());
    }
}
