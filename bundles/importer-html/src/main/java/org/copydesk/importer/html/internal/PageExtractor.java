package org.copydesk.importer.html.internal;

import java.io.Reader;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.stage.ImportException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Bytes of one web page to an article: charset, parse, main-content extraction, metadata. Refuses
 * what is not a page with a one-line reason; anything that parses gives a best-effort article.
 */
final class PageExtractor {
    /** NUL bytes never occur in text; a few in the first kilobytes mean a binary file. */
    private static final int SNIFF = 4096;

    private final int maxBytes;
    private final int maxParagraphs;
    private final String bundle;

    PageExtractor(int maxBytes, int maxParagraphs, String bundle) {
        this.maxBytes = maxBytes;
        this.maxParagraphs = maxParagraphs;
        this.bundle = bundle;
    }

    Article.Builder extract(byte[] bytes) throws ImportException {
        if (bytes.length == 0) {
            throw new ImportException("empty file: no web page to read");
        }
        if (bytes.length > maxBytes) {
            throw new ImportException(String.format("%,d bytes is over the limit of %,d (%s)", bytes.length, maxBytes,
                    HtmlImporter.howToRaise("maxBytes")));
        }
        if (looksBinary(bytes)) {
            throw new ImportException("binary data, not a web page");
        }
        PageDecoder.Read<Document> page = PageDecoder.read(bytes, PageExtractor::parse);
        return extract(page.value()).meta("charset", page.charset());
    }

    Article.Builder extract(Document doc) throws ImportException {
        Element body = doc.body();
        if (body == null) {
            throw new ImportException("the page has no body");
        }
        PageMetadata meta = PageMetadata.of(doc);
        BlockCollector blocks = BlockCollector.collect(body);
        List<ContentExtractor.Judged> judged = ContentExtractor.extract(blocks.tree(), blocks.blocks(), meta.headline());
        Article.Builder article = ArticleAssembler.assemble(judged, meta, bundle);
        int paragraphs = article.build().body().size();
        if (paragraphs == 0 && meta.headline() == null) {
            throw new ImportException("no article text found in the page");
        }
        if (paragraphs > maxParagraphs) {
            throw new ImportException(String.format("%,d paragraphs of article text, over the limit of %,d (%s)",
                    paragraphs, maxParagraphs, HtmlImporter.howToRaise("maxParagraphs")));
        }
        if (meta.description() != null) {
            article.meta("description", meta.description());
        }
        if (meta.siteName() != null) {
            article.meta("site", meta.siteName());
        }
        return article;
    }

    static Document parse(Reader html) {
        return Parser.htmlParser().parseInput(html, "");
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF);
        int nul = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                nul++;
            }
        }
        // UTF-16 text with a BOM has NULs too, but then the BOM tells the decoder
        boolean bom16 = n >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE);
        return nul > 0 && !bom16;
    }
}
