package org.copydesk.formats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;
import org.copydesk.api.model.Mention;

/**
 * Gathers the entities an importer meets, from concept lists (declared) and inline markup
 * (mentions), into {@link Entity} records: one per type and canonical name, numbered {@code e1, e2 ...}
 * in the order first met, so an article exported and read back gets its ids again.
 */
public final class EntityCollector {
    private record Key(EntityType type, String name) {
    }

    private final Map<Key, List<Mention>> byKey = new LinkedHashMap<>();

    /** Records an entity named in metadata; its mentions may come later or not at all. */
    public void declare(EntityType type, String name) {
        String n = name == null ? "" : name.strip();
        if (!n.isEmpty()) {
            byKey.computeIfAbsent(new Key(type, n), k -> new ArrayList<>());
        }
    }

    /** Records one mention; {@code name} null or blank means the mention text is the name. */
    public void mention(EntityType type, String name, Field field, int paragraph, int start, int end, String text) {
        String n = name == null || name.isBlank() ? text.strip() : name.strip();
        if (n.isEmpty()) {
            return;
        }
        byKey.computeIfAbsent(new Key(type, n), k -> new ArrayList<>())
                .add(new Mention(field, paragraph, start, end, text));
    }

    /** Whether any mention has been recorded. */
    public boolean hasMentions() {
        return byKey.values().stream().anyMatch(l -> !l.isEmpty());
    }

    /**
     * Marks, in a text that carried no markup, every word-bounded occurrence of a known entity's
     * name or of a surface form already seen for it, longest forms first and never overlapping a
     * mention already recorded in that text.
     */
    public void findIn(Field field, int paragraph, String text) {
        List<int[]> taken = new ArrayList<>();
        for (List<Mention> ms : byKey.values()) {
            for (Mention m : ms) {
                if (m.field() == field && m.paragraph() == paragraph) {
                    taken.add(new int[] {m.start(), m.end()});
                }
            }
        }
        record Form(Key key, String surface) {
        }
        List<Form> forms = new ArrayList<>();
        for (Map.Entry<Key, List<Mention>> e : byKey.entrySet()) {
            Set<String> surfaces = new LinkedHashSet<>();
            surfaces.add(e.getKey().name());
            e.getValue().forEach(m -> surfaces.add(m.text()));
            surfaces.forEach(s -> forms.add(new Form(e.getKey(), s)));
        }
        forms.sort(Comparator.comparingInt((Form f) -> -f.surface().length()));
        for (Form f : forms) {
            String s = f.surface();
            for (int at = s.isEmpty() ? -1 : text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
                int end = at + s.length();
                if (bounded(text, at, end) && free(taken, at, end)) {
                    taken.add(new int[] {at, end});
                    byKey.get(f.key()).add(new Mention(field, paragraph, at, end, s));
                }
            }
        }
    }

    private static boolean free(List<int[]> taken, int start, int end) {
        return taken.stream().noneMatch(t -> start < t[1] && t[0] < end);
    }

    /** Not inside a word; scripts written without spaces (CJK) have no word edges to check. */
    private static boolean bounded(String text, int start, int end) {
        return edgeOk(text, start - 1, start) && edgeOk(text, end, end - 1);
    }

    private static boolean edgeOk(String text, int outside, int inside) {
        if (outside < 0 || outside >= text.length()) {
            return true;
        }
        char o = text.charAt(outside);
        char i = text.charAt(inside);
        boolean wordy = Character.isLetterOrDigit(o) && Character.isLetterOrDigit(i);
        return !wordy || Character.isIdeographic(o) || Character.isIdeographic(i);
    }

    /** The entities, each with its mentions in text order. */
    public List<Entity> entities() {
        Comparator<Mention> order = Comparator.comparing(Mention::field)
                .thenComparingInt(Mention::paragraph).thenComparingInt(Mention::start);
        List<Entity> out = new ArrayList<>();
        int n = 0;
        for (Map.Entry<Key, List<Mention>> e : byKey.entrySet()) {
            List<Mention> ms = new ArrayList<>(e.getValue());
            ms.sort(order);
            out.add(new Entity("e" + ++n, e.getKey().name(), e.getKey().type(), ms));
        }
        return out;
    }
}
