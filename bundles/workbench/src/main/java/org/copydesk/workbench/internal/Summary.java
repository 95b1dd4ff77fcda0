package org.copydesk.workbench.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;

/**
 * What the workspace list shows of an article's current version, kept in its history file so the
 * list of a large workspace is read without opening a single article.
 *
 * @param created  when it was imported (fixed-width UTC, so the text sorts as the time does)
 * @param edited   when its current version was made
 * @param item     its number within a multi-article input such as a feed (0 for a single article)
 * @param names    its entities' names, the most mentioned first, for searching
 */
record Summary(String id, String headline, String file, String format, int item, String published, String created,
               String edited, int version, int versions, int removed, int entities, int timeline, int failed,
               List<String> names) {
    /** Enough names to find an article by the people and places it is about. */
    private static final int NAMES = 40;

    Summary {
        names = names == null ? List.of() : List.copyOf(names);
    }

    static Summary of(String id, Article a, History h, String created) {
        Set<String> names = new LinkedHashSet<>();
        a.entities().stream().sorted((x, y) -> Integer.compare(y.mentions().size(), x.mentions().size()))
                .map(Entity::name).limit(NAMES).forEach(names::add);
        return new Summary(id, a.headline() == null ? "" : a.headline(), a.source() == null ? "" : a.source().file(),
                a.source() == null ? "" : a.source().format(), a.source() == null ? 0 : a.source().item(),
                a.published() == null ? null : a.published().toString(), created, h.currentEntry().time(),
                h.currentEntry().version(), h.entries.size(), a.removed().size(), a.entities().size(), a.timeline().size(),
                (int) a.provenance().stream().filter(p -> !p.isOk()).count(), List.copyOf(names));
    }
}
