package org.copydesk.entities.tagger.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.Mention;
import org.copydesk.entities.common.EntityAnnotator;

/** Prints a dev file's missed, spurious and mistyped names (error analysis). Args: MODEL_FILE DEV.conll */
public final class DevErrors {
    public static void main(String[] args) throws IOException {
        PerceptronModel model;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            model = PerceptronModel.read(in);
        }
        EntityAnnotator annotator = new EntityAnnotator(new PerceptronNameFinder(model), null, true);
        Map<String, Integer> counts = new HashMap<>();
        for (LabelledDocument d : ConllReader.read(Path.of(args[1]))) {
            Article a = annotator.annotate(d.article());
            Map<String, String> pred = new HashMap<>();
            for (Entity e : a.entities()) {
                for (Mention m : e.mentions()) {
                    pred.put(m.paragraph() + ":" + m.start() + ":" + m.end(), e.type().name().substring(0, 3));
                }
            }
            Set<String> seen = new HashSet<>();
            for (LabelledDocument.Gold g : d.gold()) {
                String k = g.paragraph() + ":" + g.start() + ":" + g.end();
                String text = d.article().body().get(g.paragraph()).substring(g.start(), g.end());
                String p = pred.get(k);
                String gt = g.type().name().substring(0, 3);
                seen.add(k);
                String kind = p == null ? "MISSED " + gt : p.equals(gt) ? null : "TYPE " + gt + "->" + p;
                if (kind != null) {
                    System.out.println(kind + "\t" + text + "\t| " + d.article().body().get(g.paragraph()));
                    counts.merge(kind, 1, Integer::sum);
                }
            }
            for (Map.Entry<String, String> e : pred.entrySet()) {
                if (!seen.contains(e.getKey())) {
                    String[] k = e.getKey().split(":");
                    String para = d.article().body().get(Integer.parseInt(k[0]));
                    System.out.println("SPURIOUS " + e.getValue() + "\t" + para.substring(Integer.parseInt(k[1]), Integer.parseInt(k[2]))
                            + "\t| " + para);
                    counts.merge("SPURIOUS " + e.getValue(), 1, Integer::sum);
                }
            }
        }
        System.out.println(counts);
    }
}
