package org.copydesk.entities.tagger.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.copydesk.api.SharedData;
import org.copydesk.api.model.Article;
import org.copydesk.api.model.EntityType;
import org.copydesk.api.stage.ProcessContext;
import org.copydesk.entities.common.EntityStage;
import org.copydesk.entities.gazetteer.internal.GazetteerTaggerComponent;

/**
 * Dev figures for docs/entities.md: the perceptron stage (consistency on and off) and the gazetteer
 * stage on each dev file, scored as score-ner.py scores.
 * <pre>mvn -B -q -pl bundles/entities-tagger -am process-test-classes -Pner-dev [-Dexec.args=MODEL_FILE]</pre>
 */
public final class DevScores {
    static final List<String> DEV = List.of("gum-news-ner.dev.conll", "meantime-ner.dev.conll", "wikigold-ner.dev.conll",
            "gum-other-ner.dev.conll", "re3d-ner.dev.conll");

    public static void main(String[] args) throws IOException {
        // an optional argument: a model file to score instead of the bundled one (experiments)
        EntityTaggerComponent tagger = args.length > 0
                ? TestConfigs.activate(new EntityTaggerComponent(), Map.of("model", args[0])) : TestConfigs.tagger(true);
        EntityTaggerComponent noConsistency = TestConfigs.tagger(false);
        EntityStage rules = TestConfigs.activate(new GazetteerTaggerComponent(), Map.of());
        System.out.println("| file / tagger | PER | ORG | LOC | MISC | PER+ORG+LOC | 4-type |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String f : DEV) {
            List<LabelledDocument> dev = ConllReader.read(SharedData.root().resolve("data").resolve(f));
            String name = f.replace("-ner.dev.conll", "");
            System.out.println(row(name + " perceptron", score(dev, a -> tagger.process(a, ProcessContext.defaults()))));
            System.out.println(row(name + " perceptron, consistency off",
                    score(dev, a -> noConsistency.process(a, ProcessContext.defaults()))));
            System.out.println(row(name + " gazetteer+rules", score(dev, a -> rules.process(a, ProcessContext.defaults()))));
        }
    }

    static NerCounts score(List<LabelledDocument> docs, UnaryOperator<Article> stage) {
        NerCounts s = new NerCounts();
        for (LabelledDocument d : docs) {
            s.add(d.gold(), stage.apply(d.article()));
        }
        return s;
    }

    /** One markdown table row: PER, ORG, LOC, MISC, PER+ORG+LOC, 4-type F1. */
    static String row(String label, NerCounts s) {
        return String.format("| %s | %.1f | %.1f | %.1f | %.1f | **%.1f** | %.1f |", label, s.prf(EntityType.PERSON)[2],
                s.prf(EntityType.ORGANIZATION)[2], s.prf(EntityType.LOCATION)[2], s.prf(EntityType.MISC)[2],
                s.f1Three(), s.prf(EntityType.values())[2]);
    }
}
