package org.copydesk.api.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * Moves paragraphs between an article's body and its removed blocks ({@link Article#remove},
 * {@link Article#restore}), and every mention, time and timeline entry that points into the body
 * along with them.
 */
final class BodyCuts {
    private BodyCuts() {
    }

    static Article remove(Article a, Collection<Article.Cut> cuts) {
        List<String> body = a.body();
        Map<Integer, Article.Cut> byIndex = new LinkedHashMap<>();
        for (Article.Cut c : cuts) {
            if (c.paragraph() < 0 || c.paragraph() >= body.size()) {
                throw new IndexOutOfBoundsException("no body paragraph " + c.paragraph());
            }
            byIndex.putIfAbsent(c.paragraph(), c);
        }
        int[] positions = keptPositions(a);
        List<String> kept = new ArrayList<>();
        List<Removal> removed = new ArrayList<>(a.removed());
        int[] newIndex = new int[body.size()];
        for (int i = 0; i < body.size(); i++) {
            Article.Cut c = byIndex.get(i);
            if (c == null) {
                newIndex[i] = kept.size();
                kept.add(body.get(i));
            } else {
                newIndex[i] = -1;
                removed.add(new Removal(body.get(i), c.reason(), c.rule(), c.by(), positions[i]));
            }
        }
        return renumbered(a, p -> p >= 0 && p < newIndex.length ? newIndex[p] : -1).body(kept).removed(removed).build();
    }

    static Article restore(Article a, Removal target) {
        // before it stand the removals listed before it and the kept paragraphs that fill the other positions
        int insert = Math.min(a.body().size(), target.position() - a.removed().indexOf(target));
        List<String> body = new ArrayList<>(a.body());
        body.add(insert, target.text());
        List<Removal> removed = new ArrayList<>(a.removed());
        removed.remove(target);
        return renumbered(a, p -> p >= insert ? p + 1 : p).body(body).removed(removed).build();
    }

    /** The original position of each kept body paragraph: the positions no removal holds, in order. */
    private static int[] keptPositions(Article a) {
        List<Removal> removed = a.removed();
        int[] pos = new int[a.body().size()];
        int r = 0;
        int p = 0;
        for (int i = 0; i < pos.length; i++) {
            while (r < removed.size() && removed.get(r).position() == p) {
                r++;
                p++;
            }
            pos[i] = p++;
        }
        return pos;
    }

    /** A builder of {@code a} whose body references are mapped through {@code map} (-1 drops them). */
    private static Article.Builder renumbered(Article a, IntUnaryOperator map) {
        List<Entity> entities = new ArrayList<>();
        for (Entity e : a.entities()) {
            List<Mention> ms = new ArrayList<>();
            for (Mention m : e.mentions()) {
                int p = m.field() == Field.BODY ? map.applyAsInt(m.paragraph()) : m.paragraph();
                if (p >= 0) {
                    ms.add(m.atParagraph(p));
                }
            }
            if (!ms.isEmpty()) {
                entities.add(e.withMentions(ms));
            }
        }
        List<TimeExpression> times = new ArrayList<>();
        for (TimeExpression t : a.times()) {
            int p = t.field() == Field.BODY ? map.applyAsInt(t.paragraph()) : t.paragraph();
            if (p >= 0) {
                times.add(t.atParagraph(p));
            }
        }
        List<TimelineEntry> timeline = new ArrayList<>();
        for (TimelineEntry t : a.timeline()) {
            int p = map.applyAsInt(t.paragraph());
            if (p >= 0) {
                timeline.add(new TimelineEntry(t.date(), t.text(), p, t.entities()));
            }
        }
        return a.toBuilder().entities(entities).times(times).timeline(timeline);
    }
}
