package org.copydesk.api.model;

import java.util.List;
import java.util.Objects;

/**
 * A named entity: one person, organisation, place or other name, with every mention of it that the
 * article holds ("Mr Trump", "Trump" and "Donald Trump" are mentions of one entity).
 *
 * @param id        stable within the article, e.g. {@code e3}
 * @param name      the canonical (usually the longest full) name
 * @param mentions  in text order
 */
public record Entity(String id, String name, EntityType type, List<Mention> mentions) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        mentions = List.copyOf(mentions);
    }

    public Entity withMentions(List<Mention> replaced) {
        return new Entity(id, name, type, replaced);
    }
}
