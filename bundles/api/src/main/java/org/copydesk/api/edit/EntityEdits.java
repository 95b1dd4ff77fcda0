package org.copydesk.api.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Mention;
import org.copydesk.api.model.TimelineEntry;

/**
 * An editor's corrections of the entities: rename, retype, delete, merge and split. The timeline's
 * entries follow: they forget a deleted entity and name the kept one of a merge. An id the article
 * does not have is an {@link IllegalArgumentException} when the operation is applied.
 */
public final class EntityEdits {
    private static final Comparator<Mention> TEXT_ORDER = Comparator.comparing(Mention::field)
            .thenComparingInt(Mention::paragraph).thenComparingInt(Mention::start);
    /** The ids the taggers give, {@code e1}, {@code e2}, ...: a split entity takes the next. */
    private static final Pattern NUMBERED = Pattern.compile("e(\\d{1,9})");

    private EntityEdits() {
    }

    /** An editor's new canonical name for entity {@code id}. */
    public static UnaryOperator<Article> rename(String id, String name) {
        Arguments.nonBlank(id, "the entity id");
        Arguments.nonBlank(name, "an entity's name");
        return a -> replaced(a, id, e -> new Entity(e.id(), name, e.type(), e.mentions()));
    }

    /** An editor's correction of entity {@code id}'s type. */
    public static UnaryOperator<Article> retype(String id, EntityType type) {
        Arguments.nonBlank(id, "the entity id");
        if (type == null) {
            throw new IllegalArgumentException("an entity's type must be given");
        }
        return a -> replaced(a, id, e -> new Entity(e.id(), e.name(), type, e.mentions()));
    }

    /** Deletes entity {@code id}, a false hit; timeline entries forget it. */
    public static UnaryOperator<Article> remove(String id) {
        Arguments.nonBlank(id, "the entity id");
        return a -> {
            List<Entity> entities = new ArrayList<>(a.entities());
            entities.remove(indexOf(a, id));
            return withEntities(a, entities, ids -> ids.stream().filter(i -> !i.equals(id)).toList());
        };
    }

    /**
     * Folds entity {@code mergedId} into {@code keepId}: one entity with the kept one's id, name and
     * type and the mentions of both in text order; timeline entries that named either name the kept one.
     */
    public static UnaryOperator<Article> merge(String keepId, String mergedId) {
        Arguments.nonBlank(keepId, "the id of the entity to keep");
        Arguments.nonBlank(mergedId, "the id of the entity to merge");
        if (keepId.equals(mergedId)) {
            throw new IllegalArgumentException("entity " + keepId + " cannot be merged into itself");
        }
        return a -> {
            int keep = indexOf(a, keepId);
            int merged = indexOf(a, mergedId);
            List<Entity> entities = new ArrayList<>(a.entities());
            List<Mention> mentions = new ArrayList<>(entities.get(keep).mentions());
            mentions.addAll(entities.get(merged).mentions());
            mentions.sort(TEXT_ORDER);
            entities.set(keep, entities.get(keep).withMentions(mentions));
            entities.remove(merged);
            return withEntities(a, entities, ids -> ids.stream().map(i -> i.equals(mergedId) ? keepId : i).distinct().toList());
        };
    }

    /**
     * Moves the mentions numbered {@code mentions} (from 0, in the entity's order) of entity
     * {@code id} into a new entity, the last of {@link Article#entities()}, with the next free id.
     * Both sides keep at least one mention.
     */
    public static UnaryOperator<Article> split(String id, Collection<Integer> mentions, String name, EntityType type) {
        Arguments.nonBlank(id, "the entity id");
        Arguments.nonBlank(name, "the new entity's name");
        if (type == null) {
            throw new IllegalArgumentException("the new entity's type must be given");
        }
        if (mentions == null || mentions.isEmpty()) {
            throw new IllegalArgumentException("a split needs the numbers of the mentions to move");
        }
        TreeSet<Integer> moving = new TreeSet<>();
        for (Integer m : mentions) {
            moving.add(Arguments.index(Objects.requireNonNullElse(m, -1), "mentions"));
        }
        return a -> {
            int at = indexOf(a, id);
            Entity e = a.entities().get(at);
            if (moving.last() >= e.mentions().size()) {
                throw new IllegalArgumentException("entity " + id + " has no mention " + moving.last() + ": it has "
                        + Arguments.count(e.mentions().size(), "mention", "mentions") + ", numbered from 0");
            }
            if (moving.size() == e.mentions().size()) {
                throw new IllegalArgumentException("a split must leave entity " + id + " at least one of its mentions");
            }
            List<Mention> stay = new ArrayList<>();
            List<Mention> go = new ArrayList<>();
            for (int i = 0; i < e.mentions().size(); i++) {
                (moving.contains(i) ? go : stay).add(e.mentions().get(i));
            }
            List<Entity> entities = new ArrayList<>(a.entities());
            entities.set(at, e.withMentions(stay));
            entities.add(new Entity(nextId(a), name, type, go));
            return a.toBuilder().entities(entities).build();
        };
    }

    private static int indexOf(Article a, String id) {
        for (int i = 0; i < a.entities().size(); i++) {
            if (a.entities().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("the article has no entity " + id);
    }

    private static Article replaced(Article a, String id, UnaryOperator<Entity> change) {
        int at = indexOf(a, id);
        List<Entity> entities = new ArrayList<>(a.entities());
        entities.set(at, change.apply(entities.get(at)));
        return a.toBuilder().entities(entities).build();
    }

    private static Article withEntities(Article a, List<Entity> entities, UnaryOperator<List<String>> timelineIds) {
        List<TimelineEntry> timeline = a.timeline().stream()
                .map(t -> new TimelineEntry(t.date(), t.text(), t.paragraph(), timelineIds.apply(t.entities()))).toList();
        return a.toBuilder().entities(entities).timeline(timeline).build();
    }

    private static String nextId(Article a) {
        int next = 1;
        for (Entity e : a.entities()) {
            Matcher m = NUMBERED.matcher(e.id());
            if (m.matches()) {
                next = Math.max(next, Integer.parseInt(m.group(1)) + 1);
            }
        }
        return "e" + next;
    }
}
