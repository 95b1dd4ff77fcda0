package org.copydesk.workbench.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.copydesk.api.edit.EntityEdits;
import org.copydesk.api.edit.TextEdit;
import org.copydesk.api.edit.TimelineEdits;
import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Removal;
import org.copydesk.api.model.TimelineEntry;
import org.copydesk.formats.TimexWords;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The edits an editor makes in the views, as JSON: each becomes an operation of
 * {@code org.copydesk.api.edit} (or a restore of the model's), which keeps every reference
 * consistent, with a label for the history that names what was done. A malformed request (a field it
 * does not know, a value of the wrong kind) is refused before any article is touched; an id or index
 * the article does not have, when the operation is applied.
 *
 * <p>Every edit is made on a version of the article. When a newer one was saved meanwhile, the edit
 * is carried onto it ({@link Edit#onto}) if what it changes was not changed since (a restore and a
 * text edit of other paragraphs go together), and refused with an {@link EditConflict} if it was.
 */
final class Edits {
    /** The fields every edit may carry besides its own: the operation and the version it was made on. */
    private static final Set<String> COMMON = Set.of("op", "base");
    private static final int QUOTE = 48;
    /** The rule id of a paragraph an editor removed by hand. */
    static final String BY_HAND = "editor";
    /** Who removed it: the workbench, for the editor. */
    static final String BUNDLE = "org.copydesk.workbench";

    /** Runs the stages again on an article: the desk's pipeline, as {@link StageRerun} does it. */
    interface Stages extends UnaryOperator<Article> {
    }

    /** An edit carried from the version it was made on ({@code base}) onto the current one. */
    interface Rebase {
        UnaryOperator<Article> onto(Article base, Article current);
    }

    /** One edit: what it does, what the history calls it, and how it goes onto a newer version. */
    record Edit(String kind, UnaryOperator<Article> change, BiFunction<Article, Article, String> label, Rebase rebase) {
        Article apply(Article a) {
            return change.apply(a);
        }

        String label(Article before, Article after) {
            return label.apply(before, after);
        }

        UnaryOperator<Article> onto(Article base, Article current) {
            return rebase.onto(base, current);
        }
    }

    private Edits() {
    }

    static Edit of(JsonNode op, Stages stages) {
        String kind = Json.text(op, "op");
        return switch (kind) {
            case "text" -> text(op);
            case "restore" -> restore(op);
            case "removeParagraph" -> removeParagraph(op);
            case "restoreReason" -> {
                only(op, "reason");
                String reason = Json.text(op, "reason");
                yield new Edit(kind, a -> a.restoreReasons(Set.of(reason)), (b, a) -> "restore every " + reason + " block ("
                        + (b.removed().size() - a.removed().size()) + ")", (base, current) -> c -> c.restoreReasons(Set.of(reason)));
            }
            case "mergeEntities" -> {
                only(op, "keep", "merged");
                String keep = Json.text(op, "keep");
                String merged = Json.text(op, "merged");
                yield entityEdit(kind, EntityEdits.merge(keep, merged),
                        (b, a) -> "merge " + name(b, merged) + " into " + name(b, keep), keep, merged);
            }
            case "renameEntity" -> {
                only(op, "entity", "name");
                String id = Json.text(op, "entity");
                String name = nonBlank(op, "name");
                yield entityEdit(kind, EntityEdits.rename(id, name), (b, a) -> "rename " + name(b, id) + " to " + quote(name), id);
            }
            case "retypeEntity" -> {
                only(op, "entity", "type");
                String id = Json.text(op, "entity");
                EntityType type = type(op, "type");
                yield entityEdit(kind, EntityEdits.retype(id, type), (b, a) -> "make " + name(b, id) + " " + typeWords(type), id);
            }
            case "removeEntity" -> {
                only(op, "entity");
                String id = Json.text(op, "entity");
                UnaryOperator<Article> remove = EntityEdits.remove(id);
                yield entityEdit(kind, a -> remove.apply(Decisions.rejecting(a, id)), (b, a) -> "delete the entity " + name(b, id), id);
            }
            case "splitEntity" -> split(op);
            case "correctTimeline" -> {
                only(op, "index", "date", "text");
                int index = Json.integer(op, "index");
                String date = date(optional(op, "date"));
                String text = optional(op, "text");
                TimelineEdits.correct(index, date, text); // checks the arguments now
                yield timelineEdit(kind, index, i -> a -> Decisions.corrected(a, TimelineEdits.correct(i, date, text).apply(a), i, date, text, false),
                        (b, a) -> "correct the event " + event(b, index)
                                + (date != null && !date.equals(b.timeline().get(index).date()) ? " to " + TimexWords.of(date) : ""));
            }
            case "dropTimeline" -> {
                only(op, "index");
                int index = Json.integer(op, "index");
                TimelineEdits.drop(index);
                yield timelineEdit(kind, index, i -> a -> Decisions.corrected(a, TimelineEdits.drop(i).apply(a), i, null, null, true),
                        (b, a) -> "drop the event " + event(b, index));
            }
            case "published" -> {
                only(op, "date");
                LocalDate date = published(optional(op, "date"));
                UnaryOperator<Article> change = a -> Objects.equals(a.published(), date) ? a : stages.apply(a.toBuilder().published(date).build());
                yield new Edit(kind, change, (b, a) -> date == null ? "remove the publication date"
                        : "set the publication date to " + TimexWords.of(date.toString()), unchanged(change, "the publication date", Article::published));
            }
            case "rerun" -> {
                only(op);
                yield new Edit(kind, stages, (b, a) -> "run the stages again", (base, current) -> stages);
            }
            default -> throw new Json.Failure(400, "unknown edit '" + kind + "' (text, restore, restoreReason, removeParagraph, mergeEntities, "
                    + "renameEntity, retypeEntity, removeEntity, splitEntity, correctTimeline, dropTimeline, published, rerun)");
        };
    }

    // ---- text

    /** The text fields an edit names: those it leaves out stay as they are. */
    private static Edit text(JsonNode op) {
        only(op, "headline", "standfirst", "body");
        boolean hasHeadline = op.has("headline");
        boolean hasStandfirst = op.has("standfirst");
        boolean hasBody = op.has("body");
        if (!hasHeadline && !hasStandfirst && !hasBody) {
            throw new Json.Failure(400, "a text edit names the headline, the standfirst or the body it changes", "body");
        }
        String headline = hasHeadline ? textOrNull(op, "headline") : null;
        String standfirst = hasStandfirst ? textOrNull(op, "standfirst") : null;
        List<String> body = hasBody ? paragraphs(op) : null;
        UnaryOperator<Article> change = a -> TextEdit.replace(hasHeadline ? headline : a.headline(),
                hasStandfirst ? standfirst : a.standfirst(), hasBody ? body : a.body()).apply(a);
        Rebase rebase = (base, current) -> TextEdit.replace(
                hasHeadline ? TextMerge.field("headline", base.headline(), current.headline(), headline) : current.headline(),
                hasStandfirst ? TextMerge.field("standfirst", base.standfirst(), current.standfirst(), standfirst) : current.standfirst(),
                hasBody ? TextMerge.body(base.body(), current.body(), body) : current.body());
        return new Edit("text", change, Edits::textLabel, rebase);
    }

    /** "edit the headline and 2 paragraphs". */
    private static String textLabel(Article before, Article after) {
        List<String> parts = new ArrayList<>();
        if (!Objects.equals(before.headline(), after.headline())) {
            parts.add("the headline");
        }
        if (!Objects.equals(before.standfirst(), after.standfirst())) {
            parts.add("the standfirst");
        }
        int[] map = TextMerge.unchanged(before.body(), after.body());
        int kept = (int) java.util.Arrays.stream(map).filter(i -> i >= 0).count();
        int changed = Math.max(before.body().size(), after.body().size()) - kept;
        if (changed > 0) {
            parts.add(changed == 1 ? "1 paragraph" : changed + " paragraphs");
        }
        return parts.isEmpty() ? "edit the text" : "edit " + String.join(" and ", parts);
    }

    private static String textOrNull(JsonNode op, String field) {
        JsonNode n = op.get(field);
        if (n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new Json.Failure(400, "'" + field + "' must be text or null", field);
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static List<String> paragraphs(JsonNode op) {
        JsonNode body = op.get("body");
        if (body == null || !body.isArray()) {
            throw new Json.Failure(400, "'body' must be a list of paragraphs", "body");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode p : body) {
            if (!p.isTextual()) {
                throw new Json.Failure(400, "'body' must hold paragraphs of text, not " + p.getNodeType().toString().toLowerCase(Locale.ROOT), "body");
            }
            String s = p.asText().strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    // ---- removed text

    private static Edit restore(JsonNode op) {
        only(op, "removal");
        String id = Json.text(op, "removal");
        Rebase rebase = (base, current) -> {
            Removal r = removal(base, id);
            // the same block (a text edit may have renumbered it) if it is still removed
            Removal now = current.removed().stream().filter(x -> x.text().equals(r.text()) && x.reason().equals(r.reason()))
                    .findFirst().orElseThrow(() -> new EditConflict("the block " + quote(r.text()) + " is no longer among the removed text"));
            return a -> a.restore(now.id());
        };
        return new Edit("restore", a -> a.restore(id), (b, a) -> "restore " + quote(removal(b, id).text()) + " (" + removal(b, id).reason() + ")", rebase);
    }

    /**
     * An editor removes a body paragraph by hand, with a reason: it goes to the removed text (rule
     * {@value #BY_HAND}) and can be restored like any other. On a newer version it is the paragraph with
     * the same text, wherever it now stands.
     */
    private static Edit removeParagraph(JsonNode op) {
        only(op, "paragraph", "reason");
        int paragraph = Json.integer(op, "paragraph");
        String reason = Json.text(op, "reason").strip();
        if (!reason.matches("[a-z]+")) {
            throw new Json.Failure(400, "the reason is one lower-case word, such as appeal, promo or advert", "reason");
        }
        Function<Integer, UnaryOperator<Article>> at = i -> a -> {
            if (i < 0 || i >= a.body().size()) {
                throw new IllegalArgumentException("no body paragraph " + i + " (the body has " + a.body().size() + ")");
            }
            return a.remove(List.of(new Article.Cut(i, reason, BY_HAND, BUNDLE)));
        };
        Rebase rebase = (base, current) -> {
            if (paragraph < 0 || paragraph >= base.body().size()) {
                return at.apply(paragraph); // refused when applied, naming the paragraphs there are
            }
            String text = base.body().get(paragraph);
            int now = current.body().indexOf(text);
            if (now < 0) {
                throw new EditConflict("the paragraph " + quote(text) + " was changed meanwhile");
            }
            return at.apply(now);
        };
        BiFunction<Article, Article, String> label = (b, a) -> a.removed().stream().filter(r -> !b.removed().contains(r)).findFirst()
                .map(r -> "remove " + quote(r.text()) + " (" + reason + ")").orElse("remove a paragraph");
        return new Edit("removeParagraph", at.apply(paragraph), label, rebase);
    }

    private static Removal removal(Article a, String id) {
        return a.removed().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no removal " + id));
    }

    // ---- entities

    /** An entity edit goes onto a newer version when the entities it names are as they were. */
    private static Edit entityEdit(String kind, UnaryOperator<Article> change, BiFunction<Article, Article, String> label, String... ids) {
        return new Edit(kind, change, label, (base, current) -> {
            for (String id : ids) {
                Optional<Entity> then = base.entity(id);
                Optional<Entity> now = current.entity(id);
                if (then.isEmpty() || now.isEmpty() || !then.get().name().equals(now.get().name()) || then.get().type() != now.get().type()) {
                    throw new EditConflict("the entity " + then.map(e -> quote(e.name())).orElse(id) + " was changed meanwhile");
                }
            }
            return change;
        });
    }

    private static Edit split(JsonNode op) {
        only(op, "entity", "mentions", "name", "type");
        String id = Json.text(op, "entity");
        String name = nonBlank(op, "name");
        EntityType type = type(op, "type");
        JsonNode m = op.get("mentions");
        if (m == null || !m.isArray() || m.isEmpty()) {
            throw new Json.Failure(400, "'mentions' must list the mention numbers to split off", "mentions");
        }
        Set<Integer> mentions = new LinkedHashSet<>();
        for (JsonNode n : m) {
            if (!n.canConvertToInt()) {
                throw new Json.Failure(400, "'mentions' must list mention numbers", "mentions");
            }
            mentions.add(n.asInt());
        }
        UnaryOperator<Article> change = EntityEdits.split(id, mentions, name, type);
        return new Edit("splitEntity", change, (b, a) -> "split " + quote(name) + " off " + name(b, id)
                + " (" + (mentions.size() == 1 ? "1 mention" : mentions.size() + " mentions") + ")",
                unchanged(change, "the entity " + id, a -> a.entity(id).orElse(null)));
    }

    private static String name(Article a, String id) {
        return a.entity(id).map(e -> quote(e.name())).orElse(id);
    }

    private static EntityType type(JsonNode op, String field) {
        try {
            return EntityType.valueOf(Json.text(op, field).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Json.Failure(400, "unknown entity type '" + Json.text(op, field) + "' (PERSON, ORGANIZATION, LOCATION, MISC)", field);
        }
    }

    static String typeWords(EntityType t) {
        return switch (t) {
            case PERSON -> "a person";
            case ORGANIZATION -> "an organisation";
            case LOCATION -> "a place";
            case MISC -> "another kind of name";
        };
    }

    // ---- timeline

    /**
     * A timeline edit names its event by number; on a newer version the same event (same date and
     * text) may stand at another number, or be gone.
     */
    private static Edit timelineEdit(String kind, int index, Function<Integer, UnaryOperator<Article>> at,
                                     BiFunction<Article, Article, String> label) {
        return new Edit(kind, at.apply(index), label, (base, current) -> {
            if (index >= base.timeline().size()) {
                return at.apply(index); // refused when applied, naming the entries there are
            }
            TimelineEntry t = base.timeline().get(index);
            List<TimelineEntry> now = current.timeline();
            for (int i = 0; i < now.size(); i++) {
                if (now.get(i).date().equals(t.date()) && now.get(i).text().equals(t.text())) {
                    return at.apply(i);
                }
            }
            throw new EditConflict("the event " + quote(t.text()) + " was changed meanwhile");
        });
    }

    private static String event(Article a, int index) {
        return index < a.timeline().size() ? quote(a.timeline().get(index).text()) : String.valueOf(index);
    }

    /** A TIMEX3 calendar value as an editor types it: 2020, 2020-01, 2020-01-03 (or left as it was). */
    private static String date(String d) {
        if (d == null) {
            return null;
        }
        String s = d.strip();
        if (!s.matches("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?")) {
            throw new Json.Failure(400, "'" + d + "' is not a date: write 2020, 2020-01 or 2020-01-03", "date");
        }
        return s;
    }

    private static LocalDate published(String d) {
        if (d == null || d.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(d.strip());
        } catch (DateTimeParseException e) {
            throw new Json.Failure(400, "'" + d + "' is not a date: write it as 2024-03-14", "date");
        }
    }

    // ---- shared

    /** Goes onto a newer version when the part it reads is as it was then. */
    private static Rebase unchanged(UnaryOperator<Article> change, String what, Function<Article, Object> part) {
        return (base, current) -> {
            if (!Objects.equals(part.apply(base), part.apply(current))) {
                throw new EditConflict(what + " was changed meanwhile");
            }
            return change;
        };
    }

    /** Refuses fields the operation does not know: a misspelt one would otherwise be ignored silently. */
    private static void only(JsonNode op, String... fields) {
        Set<String> known = new LinkedHashSet<>(COMMON);
        known.addAll(List.of(fields));
        for (Iterator<String> it = op.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!known.contains(f)) {
                known.removeAll(COMMON);
                throw new Json.Failure(400, "a '" + op.get("op").asText() + "' edit has no field '" + f + "'"
                        + (known.isEmpty() ? "" : " (its fields: " + String.join(", ", known) + ")"), f);
            }
        }
    }

    private static String optional(JsonNode op, String field) {
        JsonNode n = op.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new Json.Failure(400, "'" + field + "' must be text", field);
        }
        return n.asText();
    }

    private static String nonBlank(JsonNode op, String field) {
        String s = Json.text(op, field).strip();
        if (s.isEmpty()) {
            throw new Json.Failure(400, "the " + field + " must not be empty", field);
        }
        return s;
    }

    /** A short quotation of article text for a label: “Support fearless reporting…”. */
    static String quote(String text) {
        String s = text.strip().replaceAll("\\s+", " ");
        return "\u201c" + (s.length() > QUOTE ? s.substring(0, s.lastIndexOf(' ', QUOTE) > 10 ? s.lastIndexOf(' ', QUOTE) : QUOTE) + "\u2026" : s) + "\u201d";
    }
}
