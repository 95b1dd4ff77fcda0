package org.copydesk.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Several articles on standard output are JSON Lines: each exporter's JSON document made compact
 * (token for token, nothing reinterpreted) and ended by a newline, so any JSON Lines reader takes them.
 */
final class JsonLines {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private JsonLines() {
    }

    /** Whether a format's output is JSON, judged by the extension its exporter writes ({@code json}, {@code ninjs.json}, {@code jsonld}). */
    static boolean isJson(String extension) {
        return extension.endsWith("json") || extension.endsWith("jsonld");
    }

    /** One JSON document as one line, newline included. */
    static byte[] line(byte[] document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(document.length);
        try (JsonParser p = JSON.createParser(document); JsonGenerator g = JSON.createGenerator(out)) {
            if (p.nextToken() == null) {
                throw new IOException("the exporter wrote no JSON");
            }
            g.copyCurrentStructureExact(p); // numbers as written, 1.50 stays 1.50
            if (p.nextToken() != null && p.currentToken() != JsonToken.NOT_AVAILABLE) {
                throw new IOException("the exporter wrote more than one JSON document");
            }
        }
        out.write('\n');
        return out.toByteArray();
    }
}
