package org.copydesk.importer.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.copydesk.api.model.Article;
import org.copydesk.api.stage.ImportException;
import org.copydesk.api.stage.ImportSource;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageDecoderTest {
    /** The page's text as the decoder gives it to a reader, and its charset. */
    private static PageDecoder.Read<String> text(byte[] page) {
        return PageDecoder.read(page, PageDecoderTest::all);
    }

    private static String all(Reader r) {
        StringWriter w = new StringWriter();
        try {
            r.transferTo(w);
        } catch (IOException e) {
            // as jsoup passes on its reader's errors
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
    @Test
    void byteOrderMarkWinsOverTheDeclaration() {
        byte[] body = "<meta charset=\"iso-8859-1\"><p>Zürich</p>".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        PageDecoder.Read<String> d = text(withBom);
        assertEquals("UTF-8", d.charset());
        assertEquals("<meta charset=\"iso-8859-1\"><p>Zürich</p>", d.value());
    }

    @Test
    void httpEquivLatin1IsReadAsWindows1252() {
        String page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>Zürich – “quoted”</p>";
        PageDecoder.Read<String> d = text(page.getBytes(Charset.forName("windows-1252")));
        assertEquals("windows-1252", d.charset());
        assertEquals(page, d.value());
    }

    @Test
    void undeclaredPagesAreDetected() {
        String page = "<p>Ærø – ø</p>";
        assertEquals(page, text(page.getBytes(StandardCharsets.UTF_8)).value());
        assertEquals(page, text(page.getBytes(Charset.forName("windows-1252"))).value());
    }

    @Test
    void declaredCjkCharsetIsUsed() {
        String page = "<meta charset=\"gb2312\"><p>北京天气</p>";
        assertEquals(page, text(page.getBytes(Charset.forName("GBK"))).value());
    }

    @Test
    void aReplacementCharacterOfItsOwnKeepsAValidPageUtf8() {
        String page = "<p>Broken glyphs show as \uFFFD on screen</p>";
        PageDecoder.Read<String> d = text(page.getBytes(StandardCharsets.UTF_8));
        assertEquals("UTF-8", d.charset());
        assertEquals(page, d.value());
        byte[] malformed = "<p>caf\u00e9 \uFFFD</p>".getBytes(Charset.forName("windows-1252"));
        assertEquals("windows-1252", text(malformed).charset(), "a lone 0xE9 byte is not UTF-8");
    }

    @Test
    void aByteThatIsNotUtf8FarIntoAPageIsFoundAsItIsReadAndThePageReadAgainAsWindows1252() throws ImportException {
        // far past the first buffers the reader and jsoup fill, after valid multi-byte characters
        String head = "<html><body><p>Zürich – “quoted”</p><p>" + "a".repeat(200_000) + " caf";
        byte[] utf8 = (head + "\u00e9</p></body></html>").getBytes(StandardCharsets.UTF_8);
        PageDecoder.Read<String> valid = text(utf8);
        assertEquals("UTF-8", valid.charset());
        assertEquals(head + "\u00e9</p></body></html>", valid.value());
        byte[] broken = Arrays.copyOf(utf8, utf8.length);
        int e9 = head.getBytes(StandardCharsets.UTF_8).length;
        broken[e9] = (byte) 0xE9; // "é" in windows-1252, a lone lead byte in UTF-8 ...
        broken[e9 + 1] = ' '; // ... its continuation byte gone
        PageDecoder.Read<String> read = text(broken);
        assertEquals("windows-1252", read.charset());
        assertEquals(new String(broken, Charset.forName("windows-1252")), read.value());
        // and the same through jsoup, which meets the error halfway through its parse
        PageDecoder.Read<Document> parsed = PageDecoder.read(broken, PageExtractor::parse);
        assertEquals("windows-1252", parsed.charset());
        assertTrue(parsed.value().body().child(0).text().startsWith("ZÃ¼rich â€“ â€œquoted"));
        assertTrue(parsed.value().body().child(1).text().endsWith(" café"));
        Article a = new HtmlImporter().read(new ImportSource("broken.html", broken, "text/html")).get(0);
        assertEquals("windows-1252", a.metadata().get("charset"));
    }
}
