package org.copydesk.exporter.jsonld.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.Field;
import org.copydesk.api.stage.Exporter;
import org.copydesk.api.stage.ExporterProperties;
import org.copydesk.formats.ArticleUrn;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes an article as a schema.org NewsArticle in JSON-LD. Entities named in the headline or
 * standfirst are what it is {@code about}; the others are {@code mentions}.
 */
@Component(name = "org.copydesk.exporter.jsonld", service = Exporter.class)
@ExporterProperties(format = "jsonld", extension = "jsonld", mediaType = "application/ld+json")
public final class JsonldExporter implements Exporter {
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    public JsonldExporter() {
        mapper.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
    }

    @Override
    public void write(Article a, OutputStream out) throws IOException {
        mapper.writeValue(out, toJsonld(a));
    }

    ObjectNode toJsonld(Article a) {
        ObjectNode n = mapper.createObjectNode();
        n.put("@context", "https://schema.org");
        n.put("@type", "NewsArticle");
        n.put("@id", a.url() != null ? a.url() : ArticleUrn.of(a));
        n.put("identifier", ArticleUrn.of(a));
        if (a.url() != null) {
            n.put("url", a.url());
        }
        if (a.headline() != null) {
            n.put("headline", a.headline());
        }
        if (a.standfirst() != null && !a.standfirst().isBlank()) {
            n.put("description", a.standfirst());
        }
        if (a.published() != null) {
            n.put("datePublished", a.published().toString());
        }
        if (a.byline() != null && !a.byline().isBlank()) {
            n.putObject("author").put("@type", "Person").put("name", authorName(a.byline()));
        }
        if (a.language() != null) {
            n.put("inLanguage", a.language());
        }
        if (!a.body().isEmpty()) {
            n.put("articleBody", String.join("\n\n", a.body()));
        }
        ArrayNode about = mapper.createArrayNode();
        ArrayNode mentions = mapper.createArrayNode();
        for (Entity e : a.entities()) {
            boolean topical = e.mentions().stream().anyMatch(m -> m.field() != Field.BODY);
            (topical ? about : mentions).addObject().put("@type", schemaType(e)).put("name", e.name());
        }
        if (!about.isEmpty()) {
            n.set("about", about);
        }
        if (!mentions.isEmpty()) {
            n.set("mentions", mentions);
        }
        return n;
    }

    /** The author's name: an English byline's leading "By " is not part of it. */
    static String authorName(String byline) {
        String b = byline.strip();
        return b.toLowerCase(Locale.ROOT).startsWith("by ") ? b.substring(3).strip() : b;
    }

    private static String schemaType(Entity e) {
        return switch (e.type()) {
            case PERSON -> "Person";
            case ORGANIZATION -> "Organization";
            case LOCATION -> "Place";
            case MISC -> "Thing";
        };
    }

    /** Escapes {@code < > &} so the output can be pasted into an HTML script element unchanged. */
    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes = standardAsciiEscapesForJSON();

        HtmlSafeEscapes() {
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
