package org.copydesk.importer.feed.internal;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Tells an RSS or Atom document from other XML (NITF, NewsML-G2) by its root element. */
final class FeedSniffer {
    /** Skips the XML declaration, comments, processing instructions and a doctype before the root. */
    private static final Pattern ROOT = Pattern.compile(
            "^\\uFEFF?(\\s|<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<(rss|feed|rdf:RDF)[\\s>/]", Pattern.DOTALL);
    private static final int HEAD = 4096;

    private FeedSniffer() {
    }

    static boolean isFeed(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, HEAD), StandardCharsets.UTF_8);
        return ROOT.matcher(head).find();
    }
}
