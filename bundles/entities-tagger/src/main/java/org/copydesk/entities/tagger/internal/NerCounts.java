package org.copydesk.entities.tagger.internal;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Mention;

/**
 * Exact-match name counts per type (true positives, predicted, gold) between an article's entity
 * mentions and the gold names, as the shared scorer counts them: P, R and F1 per type, for
 * PER+ORG+LOC and for all four types.
 */
final class NerCounts {
    private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);

    NerCounts() {
        for (EntityType t : EntityType.values()) {
            counts.put(t, new int[3]);
        }
    }

    void add(List<LabelledDocument.Gold> gold, Article tagged) {
        Set<LabelledDocument.Gold> g = new HashSet<>(gold);
        Set<LabelledDocument.Gold> p = new HashSet<>();
        for (Entity e : tagged.entities()) {
            for (Mention m : e.mentions()) {
                p.add(new LabelledDocument.Gold(m.field(), m.paragraph(), m.start(), m.end(), e.type()));
            }
        }
        g.forEach(x -> counts.get(x.type())[2]++);
        for (LabelledDocument.Gold x : p) {
            counts.get(x.type())[1]++;
            if (g.contains(x)) {
                counts.get(x.type())[0]++;
            }
        }
    }

    /** {precision, recall, F1} in percent over the given types. */
    double[] prf(EntityType... types) {
        int tp = 0, pred = 0, gold = 0;
        for (EntityType t : types) {
            tp += counts.get(t)[0];
            pred += counts.get(t)[1];
            gold += counts.get(t)[2];
        }
        double p = pred == 0 ? 0 : 100.0 * tp / pred;
        double r = gold == 0 ? 0 : 100.0 * tp / gold;
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    double f1Three() {
        return prf(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION)[2];
    }

    /** Lines of P/R/F1 per type and for PER+ORG+LOC. */
    String table() {
        StringBuilder b = new StringBuilder(String.format("%-12s %6s %6s %6s %6s%n", "type", "P", "R", "F1", "gold"));
        for (EntityType t : EntityType.values()) {
            double[] s = prf(t);
            b.append(String.format("%-12s %6.1f %6.1f %6.1f %6d%n", t, s[0], s[1], s[2], counts.get(t)[2]));
        }
        double[] s = prf(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);
        b.append(String.format("%-12s %6.1f %6.1f %6.1f%n", "PER+ORG+LOC", s[0], s[1], s[2]));
        double[] all = prf(EntityType.values());
        b.append(String.format("%-12s %6.1f %6.1f %6.1f%n", "all four", all[0], all[1], all[2]));
        return b.toString();
    }

    /** The figures as JSON members, for a model's metadata. */
    String json() {
        StringBuilder b = new StringBuilder("{");
        for (EntityType t : EntityType.values()) {
            double[] s = prf(t);
            b.append(String.format("\"%s\": {\"p\": %.1f, \"r\": %.1f, \"f1\": %.1f}, ", t, s[0], s[1], s[2]));
        }
        return b.append(String.format("\"PER+ORG+LOC\": %.1f}", f1Three())).toString();
    }
}
