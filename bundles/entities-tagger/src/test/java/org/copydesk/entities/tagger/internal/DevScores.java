package org.copydesk.entities.tagger.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.copydesk.api.SharedData;
import org.copydesk.api.model.Article;
import org.copydesk.entities.common.EntityStage;
import org.copydesk.api.stage.ProcessContext;
import org.copydesk.entities.gazetteer.internal.GazetteerTaggerComponent;

/**
 * Dev figures for docs/entities.md: the perceptron stage, the gazetteer stage and the OpenNLP
 * baseline (trained on the same files) on each dev file, scored as score-ner.py scores.
 * <pre>mvn -B -q -pl bundles/entities-tagger -am process-test-classes -Pner-dev [-Dexec.args=MODEL_FILE]</pre>
 */
public final class DevScores {
    static final List<String> DEV = List.of("gum-news-ner.dev.conll", "meantime-ner.dev.conll", "wikigold-ner.dev.conll");

    public static void main(String[] args) throws IOException {
        Path data = SharedData.root().resolve("data");
        // an optional argument: a model file to score instead of the bundled one (experiments)
        EntityTaggerComponent tagger = args.length > 0
                ? TestConfigs.activate(new EntityTaggerComponent(), Map.of("model", args[0])) : TestConfigs.tagger(true);
        EntityTaggerComponent noConsistency = TestConfigs.tagger(false);
        EntityStage rules = TestConfigs.activate(new GazetteerTaggerComponent(), Map.of());
        OpenNlpBaseline baseline = OpenNlpBaseline.train(ConllCorpus.read(
                data.resolve("gum-news-ner.train.conll"), data.resolve("meantime-ner.train.conll")));
        System.out.println("| file / tagger | PER | ORG | LOC | MISC | PER+ORG+LOC | 4-type |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String f : DEV) {
            ConllCorpus dev = ConllCorpus.read(data.resolve(f));
            String name = f.replace("-ner.dev.conll", "");
            System.out.println(score(dev, a -> tagger.process(a, ProcessContext.defaults())).row(name + " perceptron"));
            System.out.println(score(dev, a -> noConsistency.process(a, ProcessContext.defaults()))
                    .row(name + " perceptron, consistency off"));
            System.out.println(score(dev, a -> rules.process(a, ProcessContext.defaults())).row(name + " gazetteer+rules"));
            System.out.println(baseline.score(dev).row(name + " OpenNLP"));
        }
    }

    static NerScore score(ConllCorpus corpus, UnaryOperator<Article> stage) {
        NerScore s = new NerScore();
        for (List<ConllCorpus.Sentence> doc : corpus.docs()) {
            s.add(NerScore.gold(doc), NerScore.predicted(doc, stage.apply(ConllCorpus.article(doc))));
        }
        return s;
    }
}
