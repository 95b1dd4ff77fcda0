package org.copydesk.workbench.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The workspace's articles as the list pages them, all in memory: each order the list offers is a
 * sorted array (an article's entry moved by binary search when it changes), so a page without a
 * search is a slice of it; the words of headlines, source files and entity names are an inverted
 * index (word to the articles that have it), so a search finds its articles without reading the
 * others, and a publication-date filter is a range of the date order.
 */
final class ArticleIndex {
    /** Fewer matches than this are sorted by themselves; more, and the order is walked. */
    private static final int SORT_ALONE = 4096;

    /** The orders a list can ask for. */
    enum Sort {
        CREATED(Comparator.comparing((Entry e) -> e.summary.created())),
        EDITED(Comparator.comparing((Entry e) -> e.summary.edited())),
        HEADLINE(Comparator.comparing((Entry e) -> e.headline)),
        SOURCE(Comparator.comparing((Entry e) -> e.file).thenComparingInt(e -> e.summary.item())),
        PUBLISHED(Comparator.comparing((Entry e) -> e.published));

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
     * What a list asks: words to find (each the start of a word of the headline, the source file or
     * an entity's name), an entity's name, a publication date or its start ({@code 2024-03};
     * {@code none} for articles without one), the order and the page.
     */
    record Query(String text, String entity, String published, Sort sort, boolean descending, int offset, int limit) {
    }

    record Page(int total, int offset, int limit, List<Summary> items) {
    }

    /** A summary with its number in the word index and the lower-case text it is sorted by. */
    private static final class Entry {
        final Summary summary;
        final int number;
        final String headline;
        final String file;
        final String published;
        final Set<String> names;

        Entry(Summary s, int number) {
            summary = s;
            this.number = number;
            headline = s.headline().toLowerCase(Locale.ROOT);
            file = s.file().toLowerCase(Locale.ROOT);
            published = s.published() == null ? "" : s.published();
            names = new LinkedHashSet<>();
            s.names().forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
        }

        /** The words a search finds it by. */
        Set<String> words() {
            Set<String> out = new LinkedHashSet<>();
            split(headline, out);
            split(file, out);
            names.forEach(n -> split(n, out));
            return out;
        }
    }

    /** The numbers of the articles that have one word, ascending. */
    private static final class Postings {
        int[] numbers = new int[2];
        int size;

        void add(int n) {
            int at = Arrays.binarySearch(numbers, 0, size, n);
            if (at >= 0) {
                return;
            }
            at = -at - 1;
            if (size == numbers.length) {
                numbers = Arrays.copyOf(numbers, size * 2);
            }
            System.arraycopy(numbers, at, numbers, at + 1, size - at);
            numbers[at] = n;
            size++;
        }

        void remove(int n) {
            int at = Arrays.binarySearch(numbers, 0, size, n);
            if (at >= 0) {
                System.arraycopy(numbers, at + 1, numbers, at, size - at - 1);
                size--;
            }
        }

        void into(BitSet bits) {
            for (int i = 0; i < size; i++) {
                bits.set(numbers[i]);
            }
        }
    }

    private final Map<String, Entry> byId = new HashMap<>();
    private final Map<Sort, List<Entry>> orders = new EnumMap<>(Sort.class);
    private final TreeMap<String, Postings> words = new TreeMap<>();
    private final Map<String, Postings> names = new HashMap<>();
    private Entry[] byNumber = new Entry[16];
    private final Deque<Integer> free = new ArrayDeque<>();
    private int next;

    ArticleIndex() {
        for (Sort s : Sort.values()) {
            orders.put(s, new ArrayList<>());
        }
    }

    synchronized void put(Summary s) {
        Entry old = byId.get(s.id());
        if (old != null) {
            remove(s.id());
        }
        Entry e = add(s);
        orders.forEach((sort, order) -> order.add(-Collections.binarySearch(order, e, sort.order) - 1, e));
    }

    /**
     * Many summaries at once (the workspace read at start): each order sorted once, the orders side
     * by side, as sorting is most of a large workspace's start.
     */
    synchronized void putAll(List<Summary> all) {
        for (Summary s : all) {
            if (byId.containsKey(s.id())) {
                throw new IllegalArgumentException("two articles with the id " + s.id());
            }
            add(s);
        }
        Entry[] entries = byId.values().toArray(Entry[]::new);
        orders.entrySet().parallelStream().forEach(o -> {
            Entry[] sorted = entries.clone();
            Arrays.sort(sorted, o.getKey().order);
            o.getValue().clear();
            o.getValue().addAll(Arrays.asList(sorted));
        });
    }

    /** Numbers it, and files it under its words and names. */
    private Entry add(Summary s) {
        int number = free.isEmpty() ? next++ : free.pop();
        Entry e = new Entry(s, number);
        if (number >= byNumber.length) {
            byNumber = Arrays.copyOf(byNumber, number * 2);
        }
        byNumber[number] = e;
        byId.put(s.id(), e);
        e.words().forEach(w -> words.computeIfAbsent(w, k -> new Postings()).add(number));
        e.names.forEach(n -> names.computeIfAbsent(n, k -> new Postings()).add(number));
        return e;
    }

    synchronized void remove(String id) {
        Entry old = byId.remove(id);
        if (old == null) {
            return;
        }
        orders.forEach((sort, order) -> order.remove(Collections.binarySearch(order, old, sort.order)));
        old.words().forEach(w -> words.get(w).remove(old.number));
        old.names.forEach(n -> names.get(n).remove(old.number));
        byNumber[old.number] = null;
        free.push(old.number);
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
        BitSet found = matches(q);
        if (found == null) { // no search: a slice of the order
            for (int k = q.offset(); k < n && items.size() < q.limit(); k++) {
                items.add(order.get(q.descending() ? n - 1 - k : k).summary);
            }
            return new Page(n, q.offset(), q.limit(), items);
        }
        int total = found.cardinality();
        if (total < SORT_ALONE) {
            List<Entry> few = new ArrayList<>(total);
            found.stream().forEach(i -> few.add(byNumber[i]));
            few.sort(q.descending() ? q.sort().order.reversed() : q.sort().order);
            few.subList(Math.min(q.offset(), total), Math.min(total, q.offset() + q.limit())).forEach(e -> items.add(e.summary));
            return new Page(total, q.offset(), q.limit(), items);
        }
        int seen = 0;
        for (int k = 0; k < n && items.size() < q.limit(); k++) {
            Entry e = order.get(q.descending() ? n - 1 - k : k);
            if (found.get(e.number) && seen++ >= q.offset()) {
                items.add(e.summary);
            }
        }
        return new Page(total, q.offset(), q.limit(), items);
    }

    /** The numbers of the articles a query finds, or null when it searches for nothing. */
    private BitSet matches(Query q) {
        BitSet found = null;
        if (q.text() != null && !q.text().isBlank()) {
            Set<String> asked = new LinkedHashSet<>();
            split(q.text().toLowerCase(Locale.ROOT), asked);
            for (String word : asked) {
                BitSet these = new BitSet(next);
                // every word of the index that starts with it
                words.subMap(word, true, word + Character.MAX_VALUE, false).values().forEach(p -> p.into(these));
                found = and(found, these);
            }
            if (asked.isEmpty()) {
                found = new BitSet(); // only separators: nothing has them as a word
            }
        }
        if (q.entity() != null && !q.entity().isBlank()) {
            BitSet these = new BitSet(next);
            Postings p = names.get(q.entity().strip().toLowerCase(Locale.ROOT));
            if (p != null) {
                p.into(these);
            }
            found = and(found, these);
        }
        if (q.published() != null && !q.published().isBlank()) {
            found = and(found, published(q.published().strip()));
        }
        return found;
    }

    /** The articles published on days that start with {@code prefix} ("none": without a date): a range of the date order. */
    private BitSet published(String prefix) {
        List<Entry> order = orders.get(Sort.PUBLISHED);
        String from = prefix.equals("none") ? "" : prefix;
        int lo = 0;
        int hi = order.size();
        while (lo < hi) { // the first entry whose date is not before the prefix
            int mid = (lo + hi) >>> 1;
            if (order.get(mid).published.compareTo(from) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        BitSet out = new BitSet(next);
        for (int k = lo; k < order.size(); k++) {
            String d = order.get(k).published;
            if (prefix.equals("none") ? !d.isEmpty() : !d.startsWith(prefix)) {
                break;
            }
            out.set(order.get(k).number);
        }
        return out;
    }

    private static BitSet and(BitSet a, BitSet b) {
        if (a == null) {
            return b;
        }
        a.and(b);
        return a;
    }

    /** The words of a text: runs of letters and digits. */
    private static void split(String text, Set<String> out) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
        }
    }
}
