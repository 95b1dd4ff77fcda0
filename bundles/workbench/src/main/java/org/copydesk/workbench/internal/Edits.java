package org.copydesk.workbench.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.copydesk.api.edit.EntityEdits;
import org.copydesk.api.edit.TextEdit;
import org.copydesk.api.edit.TimelineEdits;
import org.copydesk.api.model.Article;
import org.copydesk.api.model.EntityType;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The edits an editor makes in the views, as JSON: each becomes an operation of
 * {@code org.copydesk.api.edit} (or a restore of the model's), which keeps every reference
 * consistent, and a label for the history. A malformed request is refused before any article is
 * touched; an id or index the article does not have, when the operation is applied.
 */
final class Edits {
    record Edit(String label, UnaryOperator<Article> change) {
    }

    private Edits() {
    }

    static Edit of(JsonNode op) {
        String kind = Json.text(op, "op");
        return switch (kind) {
            case "text" -> new Edit("edit text", TextEdit.replace(optional(op, "headline"), optional(op, "standfirst"), paragraphs(op)));
            case "restore" -> {
                String removal = Json.text(op, "removal");
                yield new Edit("restore " + removal, a -> a.restore(removal));
            }
            case "restoreReason" -> {
                String reason = Json.text(op, "reason");
                yield new Edit("restore every '" + reason + "'", a -> a.restoreReasons(Set.of(reason)));
            }
            case "mergeEntities" -> new Edit("merge entities", EntityEdits.merge(Json.text(op, "keep"), Json.text(op, "merged")));
            case "renameEntity" -> new Edit("rename entity", EntityEdits.rename(Json.text(op, "entity"), nonBlank(op, "name")));
            case "retypeEntity" -> new Edit("retype entity", EntityEdits.retype(Json.text(op, "entity"), type(op)));
            case "removeEntity" -> new Edit("delete entity", EntityEdits.remove(Json.text(op, "entity")));
            case "splitEntity" -> new Edit("split entity", EntityEdits.split(Json.text(op, "entity"), mentions(op),
                    nonBlank(op, "name"), type(op)));
            case "correctTimeline" -> new Edit("correct timeline", TimelineEdits.correct(Json.integer(op, "index"),
                    date(optional(op, "date")), optional(op, "text")));
            case "dropTimeline" -> new Edit("drop timeline event", TimelineEdits.drop(Json.integer(op, "index")));
            default -> throw new Json.Failure(400, "unknown edit '" + kind + "'");
        };
    }

    private static String optional(JsonNode op, String field) {
        JsonNode n = op.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static String nonBlank(JsonNode op, String field) {
        String s = Json.text(op, field).strip();
        if (s.isEmpty()) {
            throw new Json.Failure(400, "'" + field + "' must not be empty");
        }
        return s;
    }

    private static List<String> paragraphs(JsonNode op) {
        JsonNode body = op.get("body");
        if (body == null || !body.isArray()) {
            throw new Json.Failure(400, "'body' must be a list of paragraphs");
        }
        List<String> out = new ArrayList<>();
        body.forEach(p -> {
            String s = p.asText().strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        });
        return out;
    }

    private static EntityType type(JsonNode op) {
        try {
            return EntityType.valueOf(Json.text(op, "type").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Json.Failure(400, "unknown entity type '" + Json.text(op, "type") + "' (PERSON, ORGANIZATION, LOCATION, MISC)");
        }
    }

    private static Set<Integer> mentions(JsonNode op) {
        JsonNode m = op.get("mentions");
        if (m == null || !m.isArray() || m.isEmpty()) {
            throw new Json.Failure(400, "'mentions' must list the mention numbers to split off");
        }
        Set<Integer> out = new LinkedHashSet<>();
        m.forEach(n -> out.add(n.asInt()));
        return out;
    }

    /** A TIMEX3 calendar value as an editor types it: 2020, 2020-01, 2020-01-03 (or left as it was). */
    private static String date(String d) {
        if (d == null) {
            return null;
        }
        String s = d.strip();
        if (!s.matches("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?")) {
            throw new Json.Failure(400, "'" + d + "' is not a date: write 2020, 2020-01 or 2020-01-03");
        }
        return s;
    }
}
