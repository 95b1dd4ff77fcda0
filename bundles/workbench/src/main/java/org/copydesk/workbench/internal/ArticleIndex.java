package org.copydesk.workbench.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The workspace's articles as the list pages them: every summary in memory, kept sorted by each key
 * the list offers (one sorted array per key, an article's entry moved by binary search when it
 * changes), so a page without a search is a slice of an order, and a search one pass along it over
 * lower-case text made once per summary.
 */
final class ArticleIndex {
    /** The orders a list can ask for. */
    enum Sort {
        CREATED(Comparator.comparing((Entry e) -> e.summary.created())),
        EDITED(Comparator.comparing((Entry e) -> e.summary.edited())),
        HEADLINE(Comparator.comparing((Entry e) -> e.headline)),
        SOURCE(Comparator.comparing((Entry e) -> e.file).thenComparingInt(e -> e.summary.item())),
        PUBLISHED(Comparator.comparing((Entry e) -> e.summary.published() == null ? "" : e.summary.published()));

        final Comparator<Entry> order;

        Sort(Comparator<Entry> order) {
            this.order = order.thenComparing(e -> e.summary.id());
        }

        static Sort of(String name) {
            try {
                return name == null || name.isBlank() ? CREATED : valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("cannot sort by '" + name + "': sort by created, edited, headline, source or published");
            }
        }
    }

    /**
     * What a list asks: words to find (each in the headline, the source file or an entity's name),
     * an entity's name, a publication date or its start ({@code 2024-03}; {@code none} for articles
     * without one), the order and the page.
     */
    record Query(String text, String entity, String published, Sort sort, boolean descending, int offset, int limit) {
    }

    record Page(int total, int offset, int limit, List<Summary> items) {
    }

    /** A summary with the lower-case text it is searched and sorted by. */
    private static final class Entry {
        final Summary summary;
        final String headline;
        final String file;
        final String words;
        final List<String> names;

        Entry(Summary s) {
            summary = s;
            headline = s.headline().toLowerCase(Locale.ROOT);
            file = s.file().toLowerCase(Locale.ROOT);
            names = s.names().stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
            words = headline + '\n' + file + '\n' + String.join("\n", names);
        }
    }

    private final Map<String, Entry> byId = new HashMap<>();
    private final Map<Sort, List<Entry>> orders = new EnumMap<>(Sort.class);

    ArticleIndex() {
        for (Sort s : Sort.values()) {
            orders.put(s, new ArrayList<>());
        }
    }

    synchronized void put(Summary s) {
        Entry e = new Entry(s);
        Entry old = byId.put(s.id(), e);
        orders.forEach((sort, order) -> {
            if (old != null) {
                order.remove(Collections.binarySearch(order, old, sort.order));
            }
            order.add(-Collections.binarySearch(order, e, sort.order) - 1, e);
        });
    }

    /** Many summaries at once (the workspace read at start): each order sorted once. */
    synchronized void putAll(List<Summary> all) {
        for (Summary s : all) {
            Entry old = byId.put(s.id(), new Entry(s));
            if (old != null) {
                throw new IllegalArgumentException("two articles with the id " + s.id());
            }
        }
        orders.forEach((sort, order) -> {
            order.clear();
            order.addAll(byId.values());
            order.sort(sort.order);
        });
    }

    synchronized void remove(String id) {
        Entry old = byId.remove(id);
        if (old != null) {
            orders.forEach((sort, order) -> order.remove(Collections.binarySearch(order, old, sort.order)));
        }
    }

    synchronized Summary get(String id) {
        Entry e = byId.get(id);
        return e == null ? null : e.summary;
    }

    synchronized int size() {
        return byId.size();
    }

    /** The ids in one order, for the Workspace service's newest-first list. */
    synchronized List<String> ids(Sort sort, boolean descending) {
        List<String> ids = new ArrayList<>(orders.get(sort).stream().map(e -> e.summary.id()).toList());
        if (descending) {
            Collections.reverse(ids);
        }
        return ids;
    }

    synchronized Page page(Query q) {
        List<Entry> order = orders.get(q.sort());
        int n = order.size();
        List<Summary> items = new ArrayList<>(Math.min(q.limit(), 1000));
        Predicate<Entry> match = matcher(q);
        if (match == null) { // no search: a slice of the order
            for (int k = q.offset(); k < n && items.size() < q.limit(); k++) {
                items.add(order.get(q.descending() ? n - 1 - k : k).summary);
            }
            return new Page(n, q.offset(), q.limit(), items);
        }
        int total = 0;
        for (int k = 0; k < n; k++) {
            Entry e = order.get(q.descending() ? n - 1 - k : k);
            if (match.test(e)) {
                if (total >= q.offset() && items.size() < q.limit()) {
                    items.add(e.summary);
                }
                total++;
            }
        }
        return new Page(total, q.offset(), q.limit(), items);
    }

    /** What a summary must match, or null when the query searches for nothing. */
    private static Predicate<Entry> matcher(Query q) {
        Predicate<Entry> p = null;
        if (q.text() != null && !q.text().isBlank()) {
            for (String word : q.text().toLowerCase(Locale.ROOT).strip().split("\\s+")) {
                p = and(p, e -> e.words.contains(word));
            }
        }
        if (q.entity() != null && !q.entity().isBlank()) {
            String name = q.entity().strip().toLowerCase(Locale.ROOT);
            p = and(p, e -> e.names.contains(name));
        }
        if (q.published() != null && !q.published().isBlank()) {
            String d = q.published().strip();
            p = and(p, d.equals("none") ? e -> e.summary.published() == null
                    : e -> e.summary.published() != null && e.summary.published().startsWith(d));
        }
        return p;
    }

    private static Predicate<Entry> and(Predicate<Entry> p, Predicate<Entry> q) {
        return p == null ? q : p.and(q);
    }
}
