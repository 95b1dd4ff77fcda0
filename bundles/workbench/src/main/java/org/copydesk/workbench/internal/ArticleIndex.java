package org.copydesk.workbench.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The workspace's articles as the list pages them: every summary in memory, kept sorted by each key
 * the list offers (one ordered set per key, updated as articles change), so a page is a walk from
 * one end of an order and a search is one pass over lower-case text made once per summary.
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
    private final Map<Sort, NavigableSet<Entry>> orders = new EnumMap<>(Sort.class);

    ArticleIndex() {
        for (Sort s : Sort.values()) {
            orders.put(s, new TreeSet<>(s.order));
        }
    }

    synchronized void put(Summary s) {
        Entry e = new Entry(s);
        Entry old = byId.put(s.id(), e);
        for (NavigableSet<Entry> order : orders.values()) {
            if (old != null) {
                order.remove(old);
            }
            order.add(e);
        }
    }

    synchronized void remove(String id) {
        Entry old = byId.remove(id);
        if (old != null) {
            orders.values().forEach(o -> o.remove(old));
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
        NavigableSet<Entry> o = orders.get(sort);
        return (descending ? o.descendingSet() : o).stream().map(e -> e.summary.id()).toList();
    }

    synchronized Page page(Query q) {
        Predicate<Entry> match = matcher(q);
        NavigableSet<Entry> order = orders.get(q.sort());
        Iterator<Entry> it = (q.descending() ? order.descendingSet() : order).iterator();
        List<Summary> items = new ArrayList<>(Math.min(q.limit(), 1000));
        int total = 0;
        while (it.hasNext()) {
            Entry e = it.next();
            if (match.test(e)) {
                if (total >= q.offset() && items.size() < q.limit()) {
                    items.add(e.summary);
                }
                total++;
            }
        }
        return new Page(total, q.offset(), q.limit(), items);
    }

    private static Predicate<Entry> matcher(Query q) {
        Predicate<Entry> p = e -> true;
        if (q.text() != null && !q.text().isBlank()) {
            for (String word : q.text().toLowerCase(Locale.ROOT).strip().split("\\s+")) {
                p = p.and(e -> e.words.contains(word));
            }
        }
        if (q.entity() != null && !q.entity().isBlank()) {
            String name = q.entity().strip().toLowerCase(Locale.ROOT);
            p = p.and(e -> e.names.contains(name));
        }
        if (q.published() != null && !q.published().isBlank()) {
            String d = q.published().strip();
            p = p.and(d.equals("none") ? e -> e.summary.published() == null
                    : e -> e.summary.published() != null && e.summary.published().startsWith(d));
        }
        return p;
    }
}
