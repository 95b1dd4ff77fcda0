package org.copydesk.importer.html.internal;

import org.copydesk.api.stage.ImportException;
import org.jsoup.nodes.Document;

/** Opens the extraction steps to the benchmarks in the bench package, which measure them apart. */
public final class BenchAccess {
    private static final PageExtractor EXTRACTOR = new PageExtractor(Integer.MAX_VALUE, Integer.MAX_VALUE, "bench");

    private BenchAccess() {
    }

    /** Charset detection and jsoup parsing only. */
    public static Document parse(byte[] page) {
        return PageDecoder.read(page, PageExtractor::parse).value();
    }

    /** Main-content extraction and metadata on a parsed page, which it leaves unchanged. */
    public static Object extract(Document doc) throws ImportException {
        return EXTRACTOR.extract(doc).build();
    }
}
