package org.copydesk.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.Field;
import org.copydesk.api.model.Mention;
import org.copydesk.api.model.TimeExpression;
import org.copydesk.api.model.TimelineEntry;
import org.copydesk.api.stage.ImportSource;
import org.copydesk.format.json.internal.JsonExporter;
import org.copydesk.format.json.internal.JsonImporter;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Jazzer over the workbench's edit operations: sequences of edits (well-formed, half-formed or raw
 * JSON) applied to an article, and edits made on an older version carried onto a newer one. An edit
 * may be refused (a bad request, an id the article does not have, a clash), never fail otherwise, and
 * every article it makes is consistent: each mention and time expression names the words at its
 * offsets, the timeline points into the body, and the article JSON reads back as the same article.
 * Every build fuzzes it briefly; {@code -Pfuzz} for ten minutes. Findings stay as regression inputs
 * in {@code src/test/resources/org/copydesk/workbench/internal/EditsFuzzTestInputs/}.
 */
class EditsFuzzTest {
    private static final String[] OPS = {"text", "restore", "restoreReason", "removeParagraph", "mergeEntities", "renameEntity", "retypeEntity",
        "removeEntity", "splitEntity", "correctTimeline", "dropTimeline", "published", "rerun"};
    private static final String[] FIELDS = {"headline", "standfirst", "body", "removal", "reason", "keep", "merged", "entity",
        "name", "type", "mentions", "index", "date", "text", "paragraph"};
    private static final String[] WORDS = {"Rotterdam", "Anna de Vries", "de Vries", "Monday", "strike", "", " ", "\n\n", "\u00e9",
        "\ud83d\ude00", "r1", "r4", "e1", "e2", "e3", "PERSON", "misc", "2024", "2024-03-10", "subscription", "social"};
    private static final ImportSource SOURCE = Fixtures.source("strike.txt", "x");
    private static final Edits.Stages STAGES = a -> a; // the stages find nothing new: what is kept is the editor's

    @FuzzTest(maxDuration = "20s")
    void editsKeepTheArticleConsistent(FuzzedDataProvider data) {
        Article article = Fixtures.article(SOURCE);
        Article base = article;
        int steps = data.consumeInt(1, 4);
        for (int i = 0; i < steps && data.remainingBytes() > 0; i++) {
            JsonNode op = op(data);
            boolean stale = data.consumeBoolean();
            Article next;
            try {
                Edits.Edit e = Edits.of(op, STAGES);
                next = stale ? e.onto(base, article).apply(article) : e.apply(article);
                e.label(article, next);
            } catch (IllegalArgumentException | EditConflict refused) {
                continue; // refused, with a message: the article is as it was
            }
            consistent(next);
            if (!stale) {
                base = article;
            }
            article = next;
        }
    }

    /** One edit as the browser could send it, or something near it. */
    private static JsonNode op(FuzzedDataProvider data) {
        if (data.consumeInt(0, 9) == 0) {
            try {
                JsonNode n = Json.MAPPER.readTree(data.consumeString(300));
                return n != null && n.isObject() ? n : Json.object();
            } catch (java.io.IOException e) {
                return Json.object();
            }
        }
        ObjectNode o = Json.object().put("op", data.consumeInt(0, 20) == 0 ? data.consumeString(10) : data.pickValue(OPS));
        int fields = data.consumeInt(0, 5);
        for (int f = 0; f < fields; f++) {
            String name = data.pickValue(FIELDS);
            switch (data.consumeInt(0, 5)) {
                case 0 -> o.put(name, data.consumeInt(-2, 6));
                case 1 -> o.putNull(name);
                case 2 -> o.put(name, data.consumeString(40));
                case 3 -> {
                    ArrayNode a = o.putArray(name);
                    int n = data.consumeInt(0, 5);
                    for (int k = 0; k < n; k++) {
                        if (data.consumeBoolean()) {
                            a.add(data.consumeInt(-1, 4));
                        } else {
                            a.add(data.consumeBoolean() ? data.pickValue(Fixtures.BODY) : data.consumeString(60));
                        }
                    }
                }
                default -> o.put(name, data.pickValue(WORDS));
            }
        }
        return o;
    }

    /** Every reference into the text names the words it stands on; the JSON contract holds the article. */
    private static void consistent(Article a) {
        for (Entity e : a.entities()) {
            assertTrue(!e.mentions().isEmpty(), "an entity without mentions: " + e);
            for (Mention m : e.mentions()) {
                spans(a, m.field(), m.paragraph(), m.start(), m.end(), m.text());
            }
        }
        for (TimeExpression t : a.times()) {
            spans(a, t.field(), t.paragraph(), t.start(), t.end(), t.text());
        }
        for (TimelineEntry t : a.timeline()) {
            assertTrue(t.paragraph() >= 0 && t.paragraph() < Math.max(1, a.body().size()), "a timeline entry outside the body: " + t);
            for (String id : t.entities()) {
                assertTrue(a.entity(id).isPresent(), "a timeline entry names a missing entity " + id);
            }
        }
        assertEquals(a.body().size() + a.removed().size(), a.originalBody().size());
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new JsonExporter().write(a, out);
            Article back = new JsonImporter().read(new ImportSource("a.json", out.toByteArray(), "application/vnd.copydesk.article+json")).get(0);
            assertEquals(a.toBuilder().provenance(List.of()).source(null).build(), back.toBuilder().provenance(List.of()).source(null).build(),
                    "the article JSON reads back the same: " + out.toString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError("the article JSON does not read back: " + e.getMessage(), e);
        }
    }

    private static void spans(Article a, Field field, int paragraph, int start, int end, String text) {
        String in = a.text(field, paragraph);
        assertTrue(field != Field.BODY || paragraph < a.body().size(), "a span in a paragraph the body does not have");
        assertTrue(end <= in.length(), "a span past the end of its text: " + text);
        assertEquals(text, in.substring(start, end), "a span names other words than it stands on");
    }
}
