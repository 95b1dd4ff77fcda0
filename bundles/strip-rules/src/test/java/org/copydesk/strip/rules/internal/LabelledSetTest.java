package org.copydesk.strip.rules.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.copydesk.api.model.Article;
import org.copydesk.api.model.Removal;
import org.copydesk.api.stage.ProcessContext;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of removal on our labelled set (src/test/resources/labelled/strip-set.tsv),
 * with per-reason figures printed for docs/strip.md.
 */
class LabelledSetTest {
    static final double REQUIRED = 0.98;

    /** One labelled article: its publisher line and its paragraphs with their gold labels. */
    record Doc(String publisher, List<String> labels, List<String> body) {
    }

    static List<Doc> load() throws IOException {
        List<Doc> docs = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                LabelledSetTest.class.getResourceAsStream("/labelled/strip-set.tsv"), StandardCharsets.UTF_8))) {
            Doc doc = null;
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("## ")) {
                    doc = new Doc(line.substring(3), new ArrayList<>(), new ArrayList<>());
                    docs.add(doc);
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    int tab = line.indexOf('\t');
                    doc.labels().add(line.substring(0, tab));
                    doc.body().add(line.substring(tab + 1));
                }
            }
        }
        return docs;
    }

    @Test
    void removalPrecisionAndRecallOnTheLabelledSet() throws IOException {
        RuleStripper stripper = TestConfig.stripper(TestConfig.defaults());
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int sameReason = 0;
        Map<String, int[]> perReason = new TreeMap<>(); // gold reason -> {lines, removed, with that reason}
        List<String> errors = new ArrayList<>();
        for (Doc d : load()) {
            Article out = stripper.process(Articles.of(d.body()), ProcessContext.defaults());
            String[] got = new String[d.body().size()];
            for (Removal r : out.removed()) {
                got[r.position()] = r.reason() + " (" + r.rule() + ")";
            }
            for (int i = 0; i < got.length; i++) {
                String gold = d.labels().get(i);
                boolean removed = got[i] != null;
                boolean boiler = !gold.equals("keep");
                if (boiler) {
                    int[] c = perReason.computeIfAbsent(gold, k -> new int[3]);
                    c[0]++;
                    if (removed) {
                        c[1]++;
                        if (got[i].startsWith(gold + " ")) {
                            c[2]++;
                            sameReason++;
                        }
                    }
                }
                if (removed && boiler) {
                    tp++;
                } else if (removed) {
                    fp++;
                    errors.add("FP " + d.publisher() + ": " + got[i] + ": " + d.body().get(i));
                } else if (boiler) {
                    fn++;
                    errors.add("FN " + d.publisher() + ": " + gold + ": " + d.body().get(i));
                }
            }
        }
        double p = tp / (double) (tp + fp);
        double r = tp / (double) (tp + fn);
        System.out.printf("labelled set: removal P %.3f R %.3f (tp %d fp %d fn %d); reason agrees on %d of %d removed%n",
                p, r, tp, fp, fn, sameReason, tp);
        perReason.forEach((k, c) -> System.out.printf("  %-13s lines %3d removed %3d same reason %3d%n", k, c[0], c[1], c[2]));
        errors.forEach(e -> System.out.println("  " + e));
        assertTrue(p >= REQUIRED, "precision " + p);
        assertTrue(r >= REQUIRED, "recall " + r);
    }
}
