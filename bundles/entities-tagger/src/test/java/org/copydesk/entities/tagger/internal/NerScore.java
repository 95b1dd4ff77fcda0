package org.copydesk.entities.tagger.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.model.Field;
import org.copydesk.api.model.Mention;

/**
 * Exact-match entity scoring as ../shared/eval/score-ner.py does it: a predicted body mention counts
 * when it starts at a token start, ends at a token end and has the gold type; P/R/F1 per type,
 * micro-averaged over PER+ORG+LOC and over all four types.
 */
final class NerScore {
    /** (paragraph, first token, end token, type). */
    record Span(int paragraph, int start, int end, EntityType type) {
    }

    private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class); // tp, predicted, gold

    NerScore() {
        for (EntityType t : EntityType.values()) {
            counts.put(t, new int[3]);
        }
    }

    static Set<Span> gold(List<ConllCorpus.Sentence> doc) {
        Set<Span> gold = new HashSet<>();
        for (int p = 0; p < doc.size(); p++) {
            List<NameSpanLike> spans = spans(doc.get(p).labels());
            for (NameSpanLike s : spans) {
                gold.add(new Span(p, s.start, s.end, s.type));
            }
        }
        return gold;
    }

    private record NameSpanLike(int start, int end, EntityType type) {
    }

    private static List<NameSpanLike> spans(int[] labels) {
        List<org.copydesk.entities.common.NameSpan> out = new java.util.ArrayList<>();
        PerceptronNameFinder.spans(0, labels, out);
        return out.stream().map(n -> new NameSpanLike(n.start(), n.end(), n.type())).toList();
    }

    /** The article's body mentions as token spans; a mention off the token boundaries gets start -1 (always wrong). */
    static Set<Span> predicted(List<ConllCorpus.Sentence> doc, Article tagged) {
        Set<Span> pred = new HashSet<>();
        for (Entity e : tagged.entities()) {
            for (Mention m : e.mentions()) {
                if (m.field() != Field.BODY) {
                    continue;
                }
                Map<Integer, Integer> starts = new HashMap<>();
                Map<Integer, Integer> ends = new HashMap<>();
                int pos = 0;
                List<String> toks = doc.get(m.paragraph()).tokens();
                for (int i = 0; i < toks.size(); i++) {
                    starts.put(pos, i);
                    pos += toks.get(i).length();
                    ends.put(pos, i + 1);
                    pos++;
                }
                Integer a = starts.get(m.start());
                Integer b = ends.get(m.end());
                pred.add(a == null || b == null ? new Span(m.paragraph(), -1 - m.start(), m.end(), e.type())
                        : new Span(m.paragraph(), a, b, e.type()));
            }
        }
        return pred;
    }

    void add(Set<Span> gold, Set<Span> predicted) {
        for (Span g : gold) {
            counts.get(g.type())[2]++;
        }
        for (Span p : predicted) {
            counts.get(p.type())[1]++;
            if (gold.contains(p)) {
                counts.get(p.type())[0]++;
            }
        }
    }

    /** F1 in percent over the given types. */
    double f1(EntityType... types) {
        int tp = 0, pred = 0, gold = 0;
        for (EntityType t : types) {
            tp += counts.get(t)[0];
            pred += counts.get(t)[1];
            gold += counts.get(t)[2];
        }
        double p = pred == 0 ? 0 : (double) tp / pred;
        double r = gold == 0 ? 0 : (double) tp / gold;
        return p + r == 0 ? 0 : 200 * p * r / (p + r);
    }

    double f1Three() {
        return f1(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);
    }

    double f1Four() {
        return f1(EntityType.values());
    }

    /** One markdown table row: PER, ORG, LOC, MISC, PER+ORG+LOC, 4-type F1. */
    String row(String label) {
        return String.format("| %s | %.1f | %.1f | %.1f | %.1f | **%.1f** | %.1f |", label, f1(EntityType.PERSON),
                f1(EntityType.ORGANIZATION), f1(EntityType.LOCATION), f1(EntityType.MISC), f1Three(), f1Four());
    }
}
