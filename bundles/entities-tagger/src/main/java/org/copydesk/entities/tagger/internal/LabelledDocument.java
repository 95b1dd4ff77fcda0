package org.copydesk.entities.tagger.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;
import org.copydesk.api.model.Mention;
import org.copydesk.entities.common.Document;
import org.copydesk.entities.common.NameSpan;
import org.copydesk.entities.common.TextUnit;

/**
 * An article with the names it truly holds: from a CoNLL document, or an article whose entities an
 * editor corrected (each mention of each entity, with the entity's type, is a gold name; what the
 * editor removed is simply not there). Training and dev scoring read both the same way, through the
 * tokens and sentences the stage itself sees.
 */
record LabelledDocument(String source, Article article, List<Gold> gold) {
    /** A gold name: characters {@code [start, end)} of a field (for the body, of one paragraph). */
    record Gold(Field field, int paragraph, int start, int end, EntityType type) {
    }

    static LabelledDocument of(String source, Article a) {
        List<Gold> gold = new ArrayList<>();
        for (Entity e : a.entities()) {
            for (Mention m : e.mentions()) {
                gold.add(new Gold(m.field(), m.paragraph(), m.start(), m.end(), e.type()));
            }
        }
        return new LabelledDocument(source, a.toBuilder().entities(List.of()).build(), gold);
    }

    int tokens(Document doc) {
        return doc.units().stream().mapToInt(TextUnit::size).sum();
    }

    /**
     * The gold names as token spans of each sentence of {@code doc} (this article, tokenised). A name
     * covers the tokens inside its characters; overlapping names keep the first, longer one.
     */
    List<List<NameSpan>> spans(Document doc) {
        List<List<NameSpan>> out = new ArrayList<>();
        List<Gold> sorted = new ArrayList<>(gold);
        sorted.sort(Comparator.comparingInt(Gold::start).thenComparing(Comparator.comparingInt(Gold::end).reversed()));
        for (int u = 0; u < doc.units().size(); u++) {
            TextUnit unit = doc.unit(u);
            List<NameSpan> spans = new ArrayList<>();
            int taken = 0;
            for (Gold g : sorted) {
                if (g.field() != unit.field() || g.paragraph() != unit.paragraph()) {
                    continue;
                }
                int s = -1;
                int e = -1;
                for (int i = 0; i < unit.size(); i++) {
                    if (unit.token(i).start() >= g.start() && unit.token(i).end() <= g.end()) {
                        s = s < 0 ? i : s;
                        e = i + 1;
                    }
                }
                if (s >= taken) {
                    spans.add(new NameSpan(u, s, e, g.type()));
                    taken = e;
                }
            }
            out.add(spans);
        }
        return out;
    }
}
