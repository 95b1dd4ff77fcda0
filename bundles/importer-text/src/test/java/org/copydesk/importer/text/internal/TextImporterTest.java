package org.copydesk.importer.text.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.copydesk.api.model.Article;
import org.copydesk.api.stage.ImportException;
import org.copydesk.api.stage.ImportSource;
import org.junit.jupiter.api.Test;

class TextImporterTest {
    private static Article read(byte[] bytes) throws ImportException {
        List<Article> list = TextImporters.defaults().read(new ImportSource("story.txt", bytes, null));
        assertEquals(1, list.size());
        return list.get(0);
    }

    @Test
    void headlineStandfirstThenOneParagraphPerLine() throws ImportException {
        Article a = read("Headline here\r\nThe standfirst\n\nFirst paragraph.\n  Second paragraph.  \n".getBytes(StandardCharsets.UTF_8));
        assertEquals("Headline here", a.headline());
        assertEquals("The standfirst", a.standfirst());
        assertEquals(List.of("First paragraph.", "Second paragraph."), a.body());
        assertEquals("text", a.source().format());
        assertEquals(64, a.source().sha256().length());
    }

    @Test
    void headlineOnly() throws ImportException {
        Article a = read("Just a headline".getBytes(StandardCharsets.UTF_8));
        assertNull(a.standfirst());
        assertTrue(a.body().isEmpty());
    }

    @Test
    void byteOrderMarkIsDroppedAndWindows1252IsReadable() throws ImportException {
        assertEquals("Iran’s leader", read("\uFEFFIran’s leader".getBytes(StandardCharsets.UTF_8)).headline());
        assertEquals("Café “quoted”", read("Café “quoted”".getBytes(Charset.forName("windows-1252"))).headline());
    }

    @Test
    void emptyBlankAndBinaryInputsAreClearErrors() {
        assertEquals("empty file", assertThrows(ImportException.class, () -> read(new byte[0])).getMessage());
        assertTrue(assertThrows(ImportException.class, () -> read(" \n\n ".getBytes(StandardCharsets.UTF_8)))
                .getMessage().contains("white space"));
        assertTrue(assertThrows(ImportException.class, () -> read(new byte[] {'P', 'K', 3, 4, 0, 0, 1}))
                .getMessage().startsWith("binary data"));
    }

    @Test
    void utf16AndUtf32WithAByteOrderMarkAreText() throws ImportException {
        String text = "\uFEFFIran’s leader\r\nA standfirst\r\nFirst paragraph, 😀.\r\n";
        for (String cs : List.of("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE")) {
            Article a = read(text.getBytes(Charset.forName(cs)));
            assertEquals("Iran’s leader", a.headline(), cs);
            assertEquals(List.of("First paragraph, 😀."), a.body(), cs);
        }
    }

    @Test
    void linesSplitAtEveryLineEndAcrossDecodingChunks() throws ImportException {
        StringBuilder sb = new StringBuilder("Headline\rStandfirst\r\n");
        for (int i = 0; i < 40_000; i++) {
            sb.append("Paragraph ").append(i).append(i % 3 == 0 ? "\r\n" : i % 3 == 1 ? "\n" : "\r");
        }
        TextImporter roomy = TextImporters.of(Map.of("maxParagraphs", 50_000));
        Article a = roomy.read(new ImportSource("long.txt", sb.toString().getBytes(StandardCharsets.UTF_8), null)).get(0);
        assertEquals(40_000, a.body().size());
        assertEquals("Paragraph 39999", a.body().get(39_999));
        // Windows-1252 after a first bad UTF-8 byte far into the text: every line decoded the same way
        byte[] latin = (sb + "Café\n").getBytes(Charset.forName("windows-1252"));
        assertEquals("Café", roomy.read(new ImportSource("long.txt", latin, null)).get(0).body().get(40_000));
    }

    @Test
    void limitsRefuseNamingTheLimitAndHowToRaiseIt() {
        TextImporter small = TextImporters.of(Map.of("maxBytes", 100, "maxParagraphs", 3));
        byte[] tooBig = "x\n".repeat(60).getBytes(StandardCharsets.UTF_8);
        String m = assertThrows(ImportException.class, () -> small.read(new ImportSource("a.txt", tooBig, null))).getMessage();
        assertEquals("120 bytes is over the limit of 100 (maxBytes of org.copydesk.importer.text;"
                + " raise it in the desk's org.copydesk.importer.text.config)", m);
        byte[] tooLong = "H\nS\n1\n2\n3\n4\n".getBytes(StandardCharsets.UTF_8);
        m = assertThrows(ImportException.class, () -> small.read(new ImportSource("a.txt", tooLong, null))).getMessage();
        assertEquals("more than 3 paragraphs, the limit (maxParagraphs of org.copydesk.importer.text;"
                + " raise it in the desk's org.copydesk.importer.text.config)", m);
        byte[] justRight = "H\n\nS\n1\n\n2\n3\n\n".getBytes(StandardCharsets.UTF_8);
        assertDoesNotThrow(() -> small.read(new ImportSource("a.txt", justRight, null)));
    }
}
