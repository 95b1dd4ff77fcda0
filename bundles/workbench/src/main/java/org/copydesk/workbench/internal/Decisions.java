package org.copydesk.workbench.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.Mention;
import org.copydesk.api.model.TimelineEntry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The editor's decisions about what the stages found, kept when the stages run again. Renames,
 * types, merges and splits live in the entities themselves: a mention the taggers find again stays
 * with the entity the editor put it in, under the editor's name and type. What is gone leaves no
 * trace, so two records go into the article's metadata: the words of entities the editor deleted
 * (never tagged again) and the timeline corrections (applied again to a timeline built anew).
 */
final class Decisions {
    /** Metadata: the mention texts of deleted entities, one a line. */
    static final String REJECTED = "entities.rejected";
    /** Metadata: a JSON list of corrections, each {text, date?, newText?, drop?} by the event's derived text. */
    static final String CORRECTIONS = "timeline.corrections";
    private static final Comparator<Mention> TEXT_ORDER = Comparator.comparing(Mention::field)
            .thenComparingInt(Mention::paragraph).thenComparingInt(Mention::start);
    private static final Pattern NUMBERED = Pattern.compile("e(\\d{1,9})");

    private Decisions() {
    }

    private record Place(Object field, int paragraph, int start, int end) {
        static Place of(Mention m) {
            return new Place(m.field(), m.paragraph(), m.start(), m.end());
        }
    }

    // ---- entities

    /** The article with entity {@code id}'s words recorded as rejected, before it is deleted. */
    static Article rejecting(Article a, String id) {
        Entity e = a.entity(id).orElseThrow(() -> new IllegalArgumentException("the article has no entity " + id));
        Set<String> words = new LinkedHashSet<>(rejected(a));
        e.mentions().forEach(m -> words.add(m.text()));
        return a.toBuilder().meta(REJECTED, String.join("\n", words)).build();
    }

    static Set<String> rejected(Article a) {
        String r = a.metadata().get(REJECTED);
        Set<String> out = new LinkedHashSet<>();
        if (r != null) {
            for (String w : r.split("\n")) {
                if (!w.isBlank()) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /**
     * The editor's entities with what the taggers found now: a found mention joins the entity that
     * already holds it (or most of its fellow mentions, or an entity of the same name), a name never
     * seen before becomes a new entity, and the words of deleted entities stay out. The editor's
     * mentions the taggers miss now are kept: the editor accepted them.
     */
    static Merged entities(List<Entity> editor, List<Entity> found, Set<String> rejected) {
        Map<Place, String> owner = new HashMap<>();
        Map<String, String> byWords = new HashMap<>();
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        Map<String, Entity> kept = new LinkedHashMap<>();
        for (Entity e : editor) {
            kept.put(e.id(), e);
            mentions.put(e.id(), new ArrayList<>(e.mentions()));
            byWords.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e.id());
            for (Mention m : e.mentions()) {
                owner.put(Place.of(m), e.id());
                byWords.putIfAbsent(m.text().toLowerCase(Locale.ROOT), e.id());
            }
        }
        int next = nextNumber(editor);
        List<Entity> added = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        for (Entity f : found) {
            Map<String, Integer> hits = new HashMap<>();
            for (Mention m : f.mentions()) {
                String o = owner.get(Place.of(m));
                if (o != null) {
                    hits.merge(o, 1, Integer::sum);
                }
            }
            String target = hits.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
            if (target == null) {
                target = byWords.get(f.name().toLowerCase(Locale.ROOT));
            }
            for (int i = 0; target == null && i < f.mentions().size(); i++) {
                target = byWords.get(f.mentions().get(i).text().toLowerCase(Locale.ROOT));
            }
            List<Mention> fresh = f.mentions().stream()
                    .filter(m -> !owner.containsKey(Place.of(m)) && !rejected.contains(m.text())).toList();
            if (target != null) {
                mentions.get(target).addAll(fresh);
                ids.put(f.id(), target);
            } else if (!fresh.isEmpty()) {
                Entity e = new Entity("e" + next++, f.name(), f.type(), fresh);
                added.add(e);
                ids.put(f.id(), e.id());
            }
            fresh.forEach(m -> owner.put(Place.of(m), "found"));
        }
        List<Entity> out = new ArrayList<>();
        kept.forEach((id, e) -> {
            List<Mention> ms = mentions.get(id);
            ms.sort(TEXT_ORDER);
            out.add(e.withMentions(ms));
        });
        out.addAll(added);
        return new Merged(out, ids);
    }

    /** The merged entities, and which of them each entity the taggers found became. */
    record Merged(List<Entity> entities, Map<String, String> ids) {
        /** A timeline entry of the run, naming the merged entities. */
        TimelineEntry renamed(TimelineEntry t) {
            return new TimelineEntry(t.date(), t.text(), t.paragraph(),
                    t.entities().stream().map(ids::get).filter(java.util.Objects::nonNull).distinct().toList());
        }
    }

    private static int nextNumber(List<Entity> entities) {
        int next = 1;
        for (Entity e : entities) {
            Matcher m = NUMBERED.matcher(e.id());
            if (m.matches()) {
                next = Math.max(next, Integer.parseInt(m.group(1)) + 1);
            }
        }
        return next;
    }

    // ---- timeline

    /**
     * {@code after} (a correction or drop of {@code before}'s entry {@code index}) with the
     * correction recorded under the text the timeline stage gave the event.
     */
    static Article corrected(Article before, Article after, int index, String date, String text, boolean drop) {
        TimelineEntry t = before.timeline().get(index);
        ArrayNode list = corrections(before);
        ObjectNode c = null;
        for (JsonNode n : list) {
            if (shown(n, "newText", "text").equals(t.text()) && (!n.has("date") || n.get("date").asText().equals(t.date()))) {
                c = (ObjectNode) n;
            }
        }
        if (c == null) {
            c = list.addObject().put("text", t.text());
        }
        if (drop) {
            c.put("drop", true);
        }
        if (date != null) {
            c.put("date", date);
        }
        if (text != null && !text.equals(c.path("text").asText())) {
            c.put("newText", text);
        }
        return after.toBuilder().meta(CORRECTIONS, list.toString()).build();
    }

    private static String shown(JsonNode n, String field, String fallback) {
        return n.has(field) ? n.get(field).asText() : n.path(fallback).asText();
    }

    private static ArrayNode corrections(Article a) {
        String s = a.metadata().get(CORRECTIONS);
        if (s == null) {
            return Json.MAPPER.createArrayNode();
        }
        try {
            JsonNode n = Json.MAPPER.readTree(s);
            return n instanceof ArrayNode arr ? arr : Json.MAPPER.createArrayNode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A timeline the stage built anew, with the editor's corrections of {@code editor} applied: a
     * corrected event gets the editor's date and text, a dropped one stays out; the rest is the
     * stage's (with dates resolved against the publication date as it is now).
     */
    static List<TimelineEntry> timeline(Article editor, List<TimelineEntry> built) {
        Map<String, JsonNode> byText = new HashMap<>();
        for (JsonNode c : corrections(editor)) {
            byText.put(c.path("text").asText(), c);
        }
        List<TimelineEntry> out = new ArrayList<>();
        for (TimelineEntry t : built) {
            JsonNode c = byText.get(t.text());
            if (c == null) {
                out.add(t);
            } else if (!c.path("drop").asBoolean(false)) {
                out.add(new TimelineEntry(c.has("date") ? c.get("date").asText() : t.date(), shown(c, "newText", "text"),
                        t.paragraph(), t.entities()));
            }
        }
        out.sort(Comparator.comparing(TimelineEntry::date)); // stable: the stage's order within a date
        return out;
    }
}
