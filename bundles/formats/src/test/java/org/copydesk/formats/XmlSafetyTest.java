package org.copydesk.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.copydesk.api.stage.ImportException;
import org.junit.jupiter.api.Test;

class XmlSafetyTest {
    @Test
    void replacesWhatXmlCannotCarryButKeepsLengthAndPairs() {
        assertEquals("a\uFFFDb\tc😀", XmlText.clean("a\u0000b\tc😀"));
        assertEquals("\uFFFDx", XmlText.clean("\uD83Dx"));
        assertEquals("&lt;a href=&quot;x&quot;&gt; &amp; &#39;\uFFFD", Html.escape("<a href=\"x\"> & '\u0007"));
    }

    @Test
    void refusesOversizedInputBeforeParsing() {
        byte[] big = new byte[SafeXml.MAX_BYTES + 1];
        ImportException e = assertThrows(ImportException.class, () -> SafeXml.open("big.xml", big));
        assertTrue(e.getMessage().startsWith("big.xml: " + big.length + " bytes is over"), e.getMessage());
    }

    @Test
    void sniffsTheRootOnly() {
        assertEquals("nitf", SafeXml.root("<?xml version=\"1.0\"?><!-- c --><nitf><body>".getBytes(StandardCharsets.UTF_8)).getLocalPart());
        assertNull(SafeXml.root("{\"uri\":1}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTheDayOfAgencyDates() {
        assertEquals(LocalDate.of(2016, 10, 18), IsoDates.day("2016-10-18T23:12:00-05:00"));
        assertEquals(LocalDate.of(2016, 10, 18), IsoDates.day(" 2016-10-18 "));
        assertEquals(LocalDate.of(2016, 10, 18), IsoDates.day("2016-10-18T11:12:00"));
        assertNull(IsoDates.day("2016-10"));
        assertNull(IsoDates.day("yesterday at noon"));
        assertEquals(LocalDate.of(2024, 3, 15), NitfReader.date("20240315T101500+0100"));
    }
}
