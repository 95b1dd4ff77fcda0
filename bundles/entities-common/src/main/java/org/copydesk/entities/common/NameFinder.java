package org.copydesk.entities.common;

import java.util.List;

/** Finds name spans in a whole document, so that it may look at every sentence before deciding. */
@FunctionalInterface
public interface NameFinder {
    List<NameSpan> find(Document doc, Gazetteer gazetteer);
}
