package org.copydesk.importer.html.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The page's elements flattened into parallel arrays (parent, depth, own boilerplate reason), ids in
 * document order so a parent always precedes its children. Lets the extractor sum and compare
 * subtrees in linear time without walking the DOM again, however deep it is.
 */
final class PageTree {
    private int size;
    private int[] parent = new int[256];
    private int[] depth = new int[256];
    /** The nearest element at or above each element that has a boilerplate reason, or -1. */
    private int[] reasonAt = new int[256];
    /** The last id inside each element: a subtree is the id range [id, end]. */
    private int[] end = new int[256];
    private final java.util.BitSet content = new java.util.BitSet();
    private final List<String> reasons = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();

    int add(int parentId, String tag, String reason, boolean isContent) {
        if (size == parent.length) {
            parent = Arrays.copyOf(parent, size * 2);
            depth = Arrays.copyOf(depth, size * 2);
            reasonAt = Arrays.copyOf(reasonAt, size * 2);
            end = Arrays.copyOf(end, size * 2);
        }
        int id = size++;
        parent[id] = parentId;
        depth[id] = parentId < 0 ? 0 : depth[parentId] + 1;
        // an element the page marks as the article body shields its text from chrome names above it
        reasonAt[id] = reason != null ? id : parentId < 0 || isContent ? -1 : reasonAt[parentId];
        end[id] = id;
        content.set(id, isContent);
        reasons.add(reason);
        tags.add(tag);
        return id;
    }

    /**
     * Takes back the chrome reasons of the elements {@code keep} accepts, then passes the remaining
     * reasons down again. Ids are in document order, so one forward pass suffices.
     */
    void withdrawReasons(java.util.function.IntPredicate keep) {
        for (int id = 0; id < size; id++) {
            if (reasons.get(id) != null && keep.test(id)) {
                reasons.set(id, null);
            }
            int p = parent[id];
            reasonAt[id] = reasons.get(id) != null ? id : p < 0 || content.get(id) ? -1 : reasonAt[p];
        }
    }

    /** Marks the end of element {@code id}: every id added since lies inside it. */
    void close(int id) {
        end[id] = size - 1;
    }

    int size() {
        return size;
    }

    int parent(int id) {
        return parent[id];
    }

    int depth(int id) {
        return depth[id];
    }

    String tag(int id) {
        return tags.get(id);
    }

    /** The element that gives {@code id} a boilerplate reason, or -1. */
    int reasonAt(int id) {
        return id < 0 ? -1 : reasonAt[id];
    }

    /** Whether the element names itself the main text (itemprop articleBody, class "article-body"). */
    boolean isContent(int id) {
        return content.get(id);
    }

    String reason(int id) {
        return reasons.get(id);
    }

    /** Whether {@code inner} is {@code outer} or lies inside it. */
    boolean within(int inner, int outer) {
        return inner >= outer && inner <= end[outer];
    }
}
