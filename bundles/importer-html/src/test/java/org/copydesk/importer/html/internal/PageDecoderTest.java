package org.copydesk.importer.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PageDecoderTest {
    @Test
    void byteOrderMarkWinsOverTheDeclaration() {
        byte[] body = "<meta charset=\"iso-8859-1\"><p>Zürich</p>".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        PageDecoder.Decoded d = PageDecoder.decode(withBom);
        assertEquals("UTF-8", d.charset());
        assertEquals("<meta charset=\"iso-8859-1\"><p>Zürich</p>", d.text());
    }

    @Test
    void httpEquivLatin1IsReadAsWindows1252() {
        String page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>Zürich – “quoted”</p>";
        PageDecoder.Decoded d = PageDecoder.decode(page.getBytes(Charset.forName("windows-1252")));
        assertEquals("windows-1252", d.charset());
        assertEquals(page, d.text());
    }

    @Test
    void undeclaredPagesAreDetected() {
        String page = "<p>Ærø – ø</p>";
        assertEquals(page, PageDecoder.decode(page.getBytes(StandardCharsets.UTF_8)).text());
        assertEquals(page, PageDecoder.decode(page.getBytes(Charset.forName("windows-1252"))).text());
    }

    @Test
    void declaredCjkCharsetIsUsed() {
        String page = "<meta charset=\"gb2312\"><p>北京天气</p>";
        assertEquals(page, PageDecoder.decode(page.getBytes(Charset.forName("GBK"))).text());
    }

    @Test
    void aReplacementCharacterOfItsOwnKeepsAValidPageUtf8() {
        String page = "<p>Broken glyphs show as \uFFFD on screen</p>";
        PageDecoder.Decoded d = PageDecoder.decode(page.getBytes(StandardCharsets.UTF_8));
        assertEquals("UTF-8", d.charset());
        assertEquals(page, d.text());
        byte[] malformed = "<p>caf\u00e9 \uFFFD</p>".getBytes(Charset.forName("windows-1252"));
        assertEquals("windows-1252", PageDecoder.decode(malformed).charset(), "a lone 0xE9 byte is not UTF-8");
    }
}
