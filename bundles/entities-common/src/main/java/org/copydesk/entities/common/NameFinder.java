package org.copydesk.entities.common;

import java.util.List;

/** Finds name spans in a whole document, so that it may look at every sentence before deciding. */
public interface NameFinder {
    List<NameSpan> find(Document doc, Gazetteer gazetteer);

    /** Loads whatever the finder loads lazily (a model), so that the first article does not wait for it. */
    default void prepare() {
    }
}
