package org.copydesk.format.json.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;
import org.copydesk.api.model.Mention;
import org.copydesk.api.model.Provenance;
import org.copydesk.api.model.Removal;
import org.copydesk.api.model.Source;
import org.copydesk.api.model.TimeExpression;
import org.copydesk.api.model.TimelineEntry;
import org.copydesk.api.model.TimexType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The article JSON contract (docs/article-json.md, docs/article.schema.json), both ways. Mapped by
 * hand on Jackson's tree model so the wire names stay fixed whatever the model's Java names become.
 */
final class ArticleJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ArticleJson() {
    }

    static ObjectNode toJson(Article a) {
        ObjectNode o = F.objectNode();
        o.put("headline", a.headline());
        o.put("standfirst", a.standfirst());
        o.put("byline", a.byline());
        o.put("published", a.published() == null ? null : a.published().toString());
        if (a.url() != null) {
            o.put("url", a.url());
        }
        if (a.language() != null) {
            o.put("language", a.language());
        }
        if (a.source() != null) {
            ObjectNode s = o.putObject("source");
            s.put("file", a.source().file());
            s.put("format", a.source().format());
            s.put("sha256", a.source().sha256());
            if (a.source().item() > 0) {
                s.put("item", a.source().item());
            }
        } else {
            o.putNull("source");
        }
        ArrayNode body = o.putArray("body");
        a.body().forEach(body::add);
        ArrayNode removed = o.putArray("removed");
        for (Removal r : a.removed()) {
            ObjectNode rn = removed.addObject().put("id", r.id()).put("text", r.text()).put("reason", r.reason())
                    .put("rule", r.rule()).put("by", r.by()).put("position", r.position());
            if (r.confidence() != null) {
                rn.put("confidence", r.confidence());
            }
        }
        ArrayNode entities = o.putArray("entities");
        for (Entity e : a.entities()) {
            ObjectNode en = entities.addObject().put("id", e.id()).put("name", e.name()).put("type", e.type().name());
            ArrayNode ms = en.putArray("mentions");
            for (Mention m : e.mentions()) {
                span(ms.addObject(), m.field(), m.paragraph(), m.start(), m.end(), m.text());
            }
        }
        ArrayNode times = o.putArray("times");
        for (TimeExpression t : a.times()) {
            span(times.addObject(), t.field(), t.paragraph(), t.start(), t.end(), t.text())
                    .put("type", t.type().name()).put("value", t.value());
        }
        ArrayNode timeline = o.putArray("timeline");
        for (TimelineEntry t : a.timeline()) {
            ObjectNode tn = timeline.addObject().put("date", t.date()).put("text", t.text()).put("paragraph", t.paragraph());
            ArrayNode ids = tn.putArray("entities");
            t.entities().forEach(ids::add);
        }
        ArrayNode prov = o.putArray("provenance");
        for (Provenance p : a.provenance()) {
            ObjectNode pn = prov.addObject().put("stage", p.stage()).put("bundle", p.bundle()).put("version", p.version())
                    .put("millis", p.millis()).put("status", p.status());
            if (p.error() != null) {
                pn.put("error", p.error());
            }
        }
        if (!a.metadata().isEmpty()) {
            ObjectNode meta = o.putObject("metadata");
            a.metadata().forEach(meta::put);
        }
        return o;
    }

    private static ObjectNode span(ObjectNode n, Field field, int paragraph, int start, int end, String text) {
        return n.put("field", field.key()).put("paragraph", paragraph).put("start", start).put("end", end).put("text", text);
    }

    /** Reads an article; what the JSON does not say stays empty. Throws IllegalArgumentException naming the bad field. */
    static Article fromJson(JsonNode o, Source source) {
        if (!o.isObject()) {
            throw new IllegalArgumentException("the top level is not a JSON object");
        }
        Article.Builder b = Article.builder().source(source)
                .headline(text(o, "headline")).standfirst(text(o, "standfirst")).byline(text(o, "byline"))
                .url(text(o, "url")).language(text(o, "language"));
        String published = text(o, "published");
        if (published != null && !published.isBlank()) {
            try {
                b.published(LocalDate.parse(published.length() > 10 ? published.substring(0, 10) : published));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("published '" + published + "' is not a YYYY-MM-DD date");
            }
        }
        List<String> body = new ArrayList<>();
        for (JsonNode p : array(o, "body")) {
            if (!p.isTextual()) {
                throw new IllegalArgumentException("body must be a list of strings, found " + p.getNodeType());
            }
            body.add(p.asText());
        }
        b.body(body);
        List<Removal> removed = new ArrayList<>();
        for (JsonNode r : array(o, "removed")) {
            removed.add(new Removal(r.path("text").asText(), r.path("reason").asText("boilerplate"),
                    r.path("rule").asText(""), r.path("by").asText(""), r.path("position").asInt(),
                    r.path("confidence").isNumber() ? r.path("confidence").asDouble() : null));
        }
        b.removed(removed);
        List<Entity> entities = new ArrayList<>();
        for (JsonNode e : array(o, "entities")) {
            List<Mention> ms = new ArrayList<>();
            for (JsonNode m : array(e, "mentions")) {
                ms.add(new Mention(Field.of(m.path("field").asText("body")), m.path("paragraph").asInt(),
                        m.path("start").asInt(), m.path("end").asInt(), m.path("text").asText()));
            }
            entities.add(new Entity(e.path("id").asText("e" + (entities.size() + 1)), e.path("name").asText(),
                    EntityType.valueOf(e.path("type").asText("MISC")), ms));
        }
        b.entities(entities);
        List<TimeExpression> times = new ArrayList<>();
        for (JsonNode t : array(o, "times")) {
            times.add(new TimeExpression(Field.of(t.path("field").asText("body")), t.path("paragraph").asInt(),
                    t.path("start").asInt(), t.path("end").asInt(), t.path("text").asText(),
                    TimexType.valueOf(t.path("type").asText("DATE")), t.path("value").asText()));
        }
        b.times(times);
        List<TimelineEntry> timeline = new ArrayList<>();
        for (JsonNode t : array(o, "timeline")) {
            List<String> ids = new ArrayList<>();
            array(t, "entities").forEach(i -> ids.add(i.asText()));
            timeline.add(new TimelineEntry(t.path("date").asText(), t.path("text").asText(), t.path("paragraph").asInt(), ids));
        }
        b.timeline(timeline);
        Map<String, String> meta = new LinkedHashMap<>();
        JsonNode m = o.path("metadata");
        for (Iterator<Map.Entry<String, JsonNode>> it = m.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            meta.put(e.getKey(), e.getValue().asText());
        }
        return b.metadata(meta).build();
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isValueNode()) {
            throw new IllegalArgumentException(field + " must be a string");
        }
        return n.asText();
    }

    private static Iterable<JsonNode> array(JsonNode o, String field) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new IllegalArgumentException(field + " must be a list");
        }
        return n;
    }
}
