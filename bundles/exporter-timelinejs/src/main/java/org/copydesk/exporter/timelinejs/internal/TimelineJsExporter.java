package org.copydesk.exporter.timelinejs.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.TimelineEntry;
import org.copydesk.api.stage.Exporter;
import org.copydesk.api.stage.ExporterProperties;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes the article's timeline as Knight Lab TimelineJS 3 JSON: the headline and standfirst as the
 * title slide, one event per timeline entry (its sentence as text, its first entity as the group).
 * All article text is HTML-escaped, since TimelineJS renders it as HTML. Entries whose date it
 * cannot place are left out.
 */
@Component(name = "org.copydesk.exporter.timelinejs", service = Exporter.class)
@ExporterProperties(format = "timelinejs", extension = "timeline.json", mediaType = "application/json")
public final class TimelineJsExporter implements Exporter {
    private static final int HEADLINE_CHARS = 80;

    private final ObjectMapper json = new ObjectMapper(JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build()).enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(Article article, OutputStream out) throws IOException {
        json.writeValue(out, timeline(article));
    }

    ObjectNode timeline(Article a) {
        ObjectNode root = json.createObjectNode();
        ObjectNode title = root.putObject("title").putObject("text");
        title.put("headline", Html.escape(nonNull(a.headline())));
        title.put("text", a.standfirst() == null ? "" : "<p>" + Html.escape(a.standfirst()) + "</p>");
        Map<String, String> names = new HashMap<>();
        for (Entity e : a.entities()) {
            names.put(e.id(), e.name());
        }
        ArrayNode events = root.putArray("events");
        int n = 0;
        for (TimelineEntry t : a.timeline()) {
            ObjectNode date = TimelineJsDate.of(t.date());
            if (date == null) {
                continue;
            }
            ObjectNode ev = events.addObject();
            ev.set("start_date", date);
            ObjectNode text = ev.putObject("text");
            text.put("headline", Html.escape(shorten(t.text())));
            text.put("text", "<p>" + Html.escape(t.text()) + "</p>");
            ev.put("unique_id", "event-" + ++n);
            if (!t.entities().isEmpty() && names.containsKey(t.entities().get(0))) {
                ev.put("group", Html.escape(names.get(t.entities().get(0))));
            }
        }
        root.put("scale", "human");
        return root;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** The start of the sentence, cut at a word boundary. */
    static String shorten(String s) {
        if (s.length() <= HEADLINE_CHARS) {
            return s;
        }
        int cut = s.lastIndexOf(' ', HEADLINE_CHARS);
        return s.substring(0, cut > 20 ? cut : HEADLINE_CHARS).stripTrailing() + "\u2026";
    }
}
