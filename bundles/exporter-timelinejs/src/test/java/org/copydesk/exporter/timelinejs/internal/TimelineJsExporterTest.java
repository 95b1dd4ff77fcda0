package org.copydesk.exporter.timelinejs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;
import org.copydesk.api.model.Mention;
import org.copydesk.api.model.TimelineEntry;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class TimelineJsExporterTest {
    private static Article article() {
        return Article.builder().headline("Iran <b>attacks</b> Trump & co").standfirst("A \u2018threat\u2019")
                .body(List.of("Rockets hit a base on Friday.", "Clashes erupted again on Wednesday morning."))
                .entities(List.of(new Entity("e1", "Iraq", EntityType.LOCATION,
                        List.of(new Mention(Field.BODY, 0, 0, 7, "Rockets")))))
                .timeline(List.of(
                        new TimelineEntry("2019-12-27", "Rockets hit a base on Friday.", 0, List.of("e1")),
                        new TimelineEntry("2020-01-01TMO", "Clashes <script>x</script> on Wednesday morning.", 1, List.of()),
                        new TimelineEntry("2019-W52", "Protests all week.", 1, List.of()),
                        new TimelineEntry("PRESENT_REF", "Not placeable.", 1, List.of())))
                .build();
    }

    private static JsonNode export(Article a) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the exporter must not close the stream");
            }
        };
        new TimelineJsExporter().write(a, out);
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void eventsWithTimelineJsDates() throws IOException {
        JsonNode root = export(article());
        JsonNode events = root.get("events");
        assertEquals(3, events.size());
        JsonNode first = events.get(0);
        assertEquals(2019, first.at("/start_date/year").asInt());
        assertEquals(12, first.at("/start_date/month").asInt());
        assertEquals(27, first.at("/start_date/day").asInt());
        assertEquals("event-1", first.get("unique_id").asText());
        assertEquals("Iraq", first.get("group").asText());
        assertEquals("<p>Rockets hit a base on Friday.</p>", first.at("/text/text").asText());
        assertEquals("1 January 2020, morning", events.get(1).at("/start_date/display_date").asText());
        assertEquals(23, events.get(2).at("/start_date/day").asInt());
        assertEquals("human", root.get("scale").asText());
    }

    @Test
    void textIsHtmlEscaped() throws IOException {
        JsonNode root = export(article());
        assertEquals("Iran &lt;b&gt;attacks&lt;/b&gt; Trump &amp; co", root.at("/title/text/headline").asText());
        String text = root.get("events").get(1).at("/text/text").asText();
        assertTrue(text.contains("&lt;script&gt;"));
        assertFalse(text.contains("<script>"));
    }

    @Test
    void clockTimesAndLongHeadlines() {
        assertEquals(18, TimelineJsDate.of("2009-12-15T18:00Z").get("hour").asInt());
        assertEquals(null, TimelineJsDate.of("XXXX-XX-XX"));
        String s = TimelineJsExporter.shorten("word ".repeat(40).strip());
        assertTrue(s.length() <= 81 && s.endsWith("\u2026"), s);
    }
}
