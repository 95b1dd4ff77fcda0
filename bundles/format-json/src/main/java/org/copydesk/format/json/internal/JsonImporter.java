package org.copydesk.format.json.internal;

import java.io.IOException;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.stage.ImportException;
import org.copydesk.api.stage.ImportSource;
import org.copydesk.api.stage.Importer;
import org.copydesk.api.stage.ImporterProperties;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads Copydesk's own article JSON, so an exported article can be imported again: the body
 * paragraphs are taken as given, with no extraction.
 */
@Component(name = "org.copydesk.format.json.importer", service = Importer.class,
        property = "service.ranking:Integer=10")
@ImporterProperties(format = "json", extensions = "json", mediaTypes = "application/vnd.copydesk.article+json")
public final class JsonImporter implements Importer {
    /** Article JSON nests five levels at most; far deeper input is refused before it costs anything. */
    private static final int MAX_DEPTH = 64;
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build());

    /** The tree {@link #accepts} parsed, which {@link #read} of the same input uses: each input is parsed once. */
    private record Parsed(byte[] content, JsonNode tree) {
    }

    private volatile Parsed last;

    /** Copydesk JSON has a body list; other JSON (ninjs, say) is left to the importers that know it. */
    @Override
    public boolean accepts(ImportSource source) {
        try {
            JsonNode n = MAPPER.readTree(source.content());
            last = new Parsed(source.content(), n);
            return n != null && n.isObject() && (n.path("body").isArray() || !n.has("body") && n.has("headline"));
        } catch (IOException e) {
            return true; // let read() report what is wrong with it
        }
    }

    @Override
    public List<Article> read(ImportSource source) throws ImportException {
        if (source.content().length == 0) {
            throw new ImportException("empty file");
        }
        Parsed p = last;
        last = null; // hold no input longer than its reading
        JsonNode n;
        try {
            n = p != null && p.content() == source.content() ? p.tree() : MAPPER.readTree(source.content());
        } catch (StreamConstraintsException e) {
            // no location, and the message names Jackson's internals
            String m = e.getOriginalMessage();
            throw new ImportException("not an article: " + (m.startsWith("Document nesting depth")
                    ? "the JSON nests more than " + MAX_DEPTH + " levels deep, and an article has a handful"
                    : m.startsWith("String value length") ? "a text in it is longer than Jackson's limit of "
                    + StreamReadConstraints.defaults().getMaxStringLength() + " characters"
                    : "the JSON is too large to read (" + m + ")"), e);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ImportException("not valid JSON: " + e.getOriginalMessage()
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()), e);
        } catch (IOException e) {
            throw new ImportException("unreadable: " + e.getMessage(), e);
        }
        try {
            return List.of(ArticleJson.fromJson(n, source.source("json", 0)));
        } catch (IllegalArgumentException e) {
            throw new ImportException("not a Copydesk article: " + e.getMessage());
        }
    }
}
