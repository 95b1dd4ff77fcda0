package org.copydesk.exporter.ninjs.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.Field;
import org.copydesk.api.model.TimelineEntry;
import org.copydesk.api.stage.Exporter;
import org.copydesk.api.stage.ExporterProperties;
import org.copydesk.formats.ArticleUrn;
import org.copydesk.formats.HtmlMarkup;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes an article as IPTC ninjs 3.1: headline and summary (plus HTML variants when they hold entity
 * mentions), the body as plain text and as HTML with entity spans, dates, byline, language, entities
 * as people / organisations / places / subjects, and the timeline as events.
 */
@Component(name = "org.copydesk.exporter.ninjs", service = Exporter.class)
@ExporterProperties(format = "ninjs", extension = "ninjs.json", mediaType = "application/ninjs+json")
public final class NinjsExporter implements Exporter {
    static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#";
    /** Marks the subjects that are our MISC entities, as against an agency's topic codes. */
    static final String CREATOR = "copydesk";

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public void write(Article a, OutputStream out) throws IOException {
        mapper.writeValue(out, toNinjs(a));
    }

    ObjectNode toNinjs(Article a) {
        ObjectNode n = mapper.createObjectNode();
        n.put("uri", ArticleUrn.of(a));
        ObjectNode standard = n.putObject("standard");
        standard.put("name", "ninjs").put("version", "3.1").put("schema", SCHEMA);
        n.put("type", "text");
        n.put("representationType", "full");
        if (a.published() != null) {
            String t = DateTimeFormatter.ISO_INSTANT.format(a.published().atStartOfDay(ZoneOffset.UTC).toInstant());
            n.put("firstCreated", t).put("versionCreated", t).put("contentCreated", t);
        }
        if (a.language() != null) {
            n.put("language", a.language());
        }
        if (a.byline() != null && !a.byline().isBlank()) {
            n.put("by", a.byline());
        }
        if (a.headline() != null) {
            texts(n.putArray("headlines"), "main", a, Field.HEADLINE);
        }
        if (a.standfirst() != null && !a.standfirst().isBlank()) {
            texts(n.putArray("descriptions"), "summary", a, Field.STANDFIRST);
        }
        bodies(n, a);
        entities(n, a);
        timeline(n, a);
        if (a.url() != null) {
            n.putArray("altIds").addObject().put("role", "url").put("value", a.url());
        }
        return n;
    }

    /** The plain text, and an HTML variant only when it carries entity markup the plain one cannot. */
    private static void texts(ArrayNode into, String role, Article a, Field field) {
        into.addObject().put("role", role).put("contentType", "text/plain").put("value", a.text(field, 0));
        if (HtmlMarkup.hasMentions(a, field, 0)) {
            into.addObject().put("role", role).put("contentType", "text/html").put("value", HtmlMarkup.inline(a, field, 0));
        }
    }

    private static void bodies(ObjectNode n, Article a) {
        if (a.body().isEmpty()) {
            return;
        }
        ArrayNode bodies = n.putArray("bodies");
        bodies.addObject().put("role", "main").put("contentType", "text/plain").put("value", String.join("\n\n", a.body()));
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < a.body().size(); i++) {
            html.append("<p>").append(HtmlMarkup.inline(a, Field.BODY, i)).append("</p>");
        }
        bodies.addObject().put("role", "main").put("contentType", "text/html").put("value", html.toString());
    }

    private static void entities(ObjectNode n, Article a) {
        for (Entity e : a.entities()) {
            String list = switch (e.type()) {
                case PERSON -> "people";
                case ORGANIZATION -> "organisations";
                case LOCATION -> "places";
                case MISC -> "subjects";
            };
            ArrayNode arr = n.has(list) ? (ArrayNode) n.get(list) : n.putArray(list);
            // ninjs groups entities by kind; the id as literal keeps their order across the lists
            ObjectNode o = arr.addObject().put("name", e.name()).put("literal", e.id());
            if (list.equals("subjects")) {
                o.put("creator", CREATOR);
            }
        }
    }

    /** ninjs events have no date field: the TIMEX3 date goes in literal, the telling clause in name. */
    private static void timeline(ObjectNode n, Article a) {
        if (a.timeline().isEmpty()) {
            return;
        }
        ArrayNode events = n.putArray("events");
        int i = 0;
        for (TimelineEntry t : a.timeline()) {
            events.addObject().put("id", "t" + ++i).put("name", t.text()).put("literal", t.date()).put("rel", "timeline");
        }
    }
}
