package org.copydesk.importer.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.stage.ImportException;
import org.copydesk.api.stage.ImportSource;
import org.junit.jupiter.api.Test;

class TextImporterTest {
    private static Article read(byte[] bytes) throws ImportException {
        List<Article> list = new TextImporter().read(new ImportSource("story.txt", bytes, null));
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
}
