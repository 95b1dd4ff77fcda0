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
        ImportException e = assertThrows(ImportException.class, () -> SafeXml.open(big));
        assertEquals("33,554,433 bytes is over the 33,554,432-byte limit of the agency-format importers", e.getMessage());
    }

    @Test
    void undecodableBytesAreOneClearLineAndTheParserPrintsNothing() throws Exception {
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        noise[0] = (byte) 0xC3; // never valid UTF-8 at the start: C3 must be followed by 80-BF
        noise[1] = (byte) 0x28;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.err;
        System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertNull(SafeXml.root(noise));
            ImportException e = assertThrows(ImportException.class, () -> SafeXml.open(noise));
            assertEquals("not text in its encoding UTF-8 (bytes that are not UTF-8 at offset 0):"
                    + " a binary file, or text in another encoding than it declares", e.getMessage());
        } finally {
            System.setErr(saved);
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8), "nothing on standard error");
    }

    @Test
    void theDeclaredEncodingAndUtf16AreRead() throws Exception {
        byte[] latin = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><p>café</p>".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("café", SafeXml.open(latin).getElementText());
        byte[] utf16 = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><p>naïve</p>".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("naïve", SafeXml.open(utf16).getElementText());
        byte[] unknown = "<?xml version=\"1.0\" encoding=\"x-klingon\"?><p/>".getBytes(StandardCharsets.US_ASCII);
        assertEquals("its XML declaration names the encoding 'x-klingon', which Java does not know",
                assertThrows(ImportException.class, () -> SafeXml.open(unknown)).getMessage());
    }

    @Test
    void aDoctypeOrAnEntityIsRefusedForSafetyButTheRootIsStillKnown() {
        byte[] doctype = "<?xml version=\"1.0\"?>\n<!DOCTYPE nitf SYSTEM \"nitf-3-6.dtd\">\n<nitf><head/></nitf>".getBytes(StandardCharsets.UTF_8);
        assertEquals("nitf", SafeXml.root(doctype).getLocalPart());
        ImportException e = assertThrows(ImportException.class, () -> SafeXml.open(doctype));
        assertTrue(e.getMessage().startsWith("refused for safety: it has a DOCTYPE"), e.getMessage());
        byte[] entity = "<nitf><p>caf&eacute;</p></nitf>".getBytes(StandardCharsets.UTF_8);
        e = assertThrows(ImportException.class, () -> readAll(entity));
        assertTrue(e.getMessage().startsWith("refused for safety: it uses the entity &eacute;"), e.getMessage());
    }

    @Test
    void malformedXmlSaysWhere() {
        byte[] broken = "<nitf>\n<p>one</q>\n</nitf>".getBytes(StandardCharsets.UTF_8);
        ImportException e = assertThrows(ImportException.class, () -> readAll(broken));
        assertTrue(e.getMessage().startsWith("not well-formed XML at line 2, column "), e.getMessage());
        assertTrue(!e.getMessage().contains("Message:") && !e.getMessage().contains("\n"), e.getMessage());
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

    /** Reads a document to its end as the importers do, turning a parse failure into an ImportException. */
    private static void readAll(byte[] xml) throws ImportException {
        javax.xml.stream.XMLStreamReader r = SafeXml.open(xml);
        try {
            while (r.hasNext()) {
                r.next();
            }
        } catch (javax.xml.stream.XMLStreamException e) {
            throw SafeXml.failure(e);
        }
    }
}
