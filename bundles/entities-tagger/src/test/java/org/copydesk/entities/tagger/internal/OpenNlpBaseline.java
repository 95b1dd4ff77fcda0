package org.copydesk.entities.tagger.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

import org.copydesk.api.model.EntityType;

/** The baseline to beat: Apache OpenNLP's NameFinderME with default settings, trained on the same files. */
final class OpenNlpBaseline {
    private final TokenNameFinderModel model;

    private OpenNlpBaseline(TokenNameFinderModel model) {
        this.model = model;
    }

    static OpenNlpBaseline train(ConllCorpus corpus) throws IOException {
        List<NameSample> samples = new ArrayList<>();
        for (List<ConllCorpus.Sentence> doc : corpus.docs()) {
            for (int s = 0; s < doc.size(); s++) {
                samples.add(sample(doc.get(s), s == 0));
            }
        }
        Iterator<NameSample> it = samples.iterator();
        ObjectStream<NameSample> stream = new ObjectStream<>() {
            private Iterator<NameSample> cur = it;

            @Override
            public NameSample read() {
                return cur.hasNext() ? cur.next() : null;
            }

            @Override
            public void reset() {
                cur = samples.iterator();
            }
        };
        return new OpenNlpBaseline(NameFinderME.train("en", null, stream, TrainingParameters.defaultParams(),
                new TokenNameFinderFactory()));
    }

    private static NameSample sample(ConllCorpus.Sentence s, boolean clearAdaptive) {
        List<org.copydesk.entities.common.NameSpan> spans = new ArrayList<>();
        PerceptronNameFinder.spans(0, s.labels(), spans);
        Span[] names = spans.stream().map(n -> new Span(n.start(), n.end(), n.type().name())).toArray(Span[]::new);
        return new NameSample(s.tokens().toArray(String[]::new), names, clearAdaptive);
    }

    NerScore score(ConllCorpus corpus) {
        NerScore score = new NerScore();
        NameFinderME finder = new NameFinderME(model);
        for (List<ConllCorpus.Sentence> doc : corpus.docs()) {
            finder.clearAdaptiveData();
            Set<NerScore.Span> pred = new HashSet<>();
            for (int p = 0; p < doc.size(); p++) {
                for (Span s : finder.find(doc.get(p).tokens().toArray(String[]::new))) {
                    pred.add(new NerScore.Span(p, s.getStart(), s.getEnd(), EntityType.valueOf(s.getType())));
                }
            }
            score.add(NerScore.gold(doc), pred);
        }
        return score;
    }
}
