package org.copydesk.importer.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.copydesk.api.model.Article;
import org.copydesk.api.stage.ImportException;
import org.copydesk.formats.testkit.BadInputs;
import org.junit.jupiter.api.Test;

class BadInputTest {
    private static final String PARAGRAPH = "<p>The committee met on Monday and agreed, after a long debate, to publish"
            + " its report on the harbour before the summer recess.</p>";

    /** The shared corpus (org.copydesk.formats.testkit.BadInputs): empty, binary, cut, re-encoded, huge, deep, entities, odd names. */
    @Test
    void everyBadInputIsAnArticleOrOneClearRefusal() throws java.io.IOException {
        try (java.io.InputStream in = BadInputTest.class.getResourceAsStream("/pages/news.html")) {
            BadInputs.check(new HtmlImporter(), "html", in.readAllBytes());
        }
    }

    @Test
    void emptyFileIsRefusedWithAReason() {
        ImportException e = assertThrows(ImportException.class, () -> Pages.read("empty.html", new byte[0]));
        assertTrue(e.getMessage().startsWith("empty file"), e.getMessage());
    }

    @Test
    void binaryDataIsRefused() {
        byte[] junk = new byte[5000];
        new Random(7).nextBytes(junk);
        ImportException e = assertThrows(ImportException.class, () -> Pages.read("photo.html", junk));
        assertEquals("binary data, not a web page", e.getMessage());
    }

    @Test
    void pageWithoutTextIsRefused() {
        byte[] page = "<html><body><div><img src=a.jpg></div></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThrows(ImportException.class, () -> Pages.read("empty-page.html", page));
    }

    @Test
    void truncatedPageGivesWhatItHas() throws Exception {
        String html = "<html><head><title>Harbour report</title></head><body><div class=story>" + PARAGRAPH
                + "<p>The second paragraph was cut off in the mid";
        Article a = Pages.read("cut.html", html.getBytes(StandardCharsets.UTF_8));
        assertEquals("Harbour report", a.headline());
        assertTrue(a.body().get(0).startsWith("The committee met on Monday"));
        assertTrue(a.body().get(1).endsWith("cut off in the mid"));
    }

    @Test
    void declaredUtf8ThatIsReallyWindows1252IsReadable() throws Exception {
        String html = "<html><head><meta charset=\"utf-8\"><title>Café – résumé</title></head><body>"
                + "<p>The café’s owner said the “new” menu costs €12 – a fair price, and naïve critics agree.</p></body></html>";
        Article a = Pages.read("cp1252.html", html.getBytes(Charset.forName("windows-1252")));
        assertEquals("The café’s owner said the “new” menu costs €12 – a fair price, and naïve critics agree.",
                a.body().get(0));
        assertEquals("windows-1252", a.metadata().get("charset"));
    }

    @Test
    void deepNestingIsHandledWithoutStackOverflow() throws Exception {
        StringBuilder sb = new StringBuilder("<html><body>");
        sb.append("<div>".repeat(10_000)).append(PARAGRAPH).append("</div>".repeat(10_000)).append("</body></html>");
        Article a = Pages.read("deep.html", sb.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(a.body().get(0).startsWith("The committee met on Monday"), a.body().toString());
    }

    @Test
    void twentyMegabytePageIsRead() throws Exception {
        StringBuilder sb = new StringBuilder("<html><body><div class=article-body>");
        while (sb.length() < 20_000_000) {
            sb.append(PARAGRAPH);
        }
        sb.append("</div></body></html>");
        // over the default paragraph limit, so read with the limit raised, as a desk may
        PageExtractor roomy = new PageExtractor(64 << 20, Integer.MAX_VALUE, "test");
        assertTrue(roomy.extract(sb.toString().getBytes(StandardCharsets.UTF_8)).build().body().size() > 100_000);
    }

    @Test
    void aPageOverTheParagraphLimitIsRefusedNamingIt() {
        PageExtractor few = new PageExtractor(1 << 20, 10, "test");
        byte[] page = ("<html><body>" + PARAGRAPH.repeat(11) + "</body></html>").getBytes(StandardCharsets.UTF_8);
        ImportException e = assertThrows(ImportException.class, () -> few.extract(page));
        assertEquals("11 paragraphs of article text, over the limit of 10 (maxParagraphs of org.copydesk.importer.html;"
                + " raise it in the desk's org.copydesk.importer.html.config)", e.getMessage());
    }

    @Test
    void pageOverTheConfiguredLimitIsRefused() {
        PageExtractor small = new PageExtractor(1000, 20_000, "test");
        byte[] page = ("<html><body>" + PARAGRAPH.repeat(20) + "</body></html>").getBytes(StandardCharsets.UTF_8);
        ImportException e = assertThrows(ImportException.class, () -> small.extract(page));
        assertTrue(e.getMessage().contains("over the limit"), e.getMessage());
    }

    @Test
    void hiddenAndScriptTextNeverReachesTheBody() throws Exception {
        String html = "<html><body><script>document.write('Buy now')</script><div style=\"display: none\">Hidden offer</div>"
                + PARAGRAPH + "</body></html>";
        String body = String.join(" ", Pages.read("hidden.html", html.getBytes(StandardCharsets.UTF_8)).body());
        assertFalse(body.contains("Buy now"));
        assertFalse(body.contains("Hidden offer"));
    }
}
