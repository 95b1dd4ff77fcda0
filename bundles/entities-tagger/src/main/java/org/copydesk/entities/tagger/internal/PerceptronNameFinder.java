package org.copydesk.entities.tagger.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.copydesk.api.parallel.Pieces;

import org.copydesk.entities.common.Document;
import org.copydesk.entities.common.Gazetteer;
import org.copydesk.entities.common.NameFinder;
import org.copydesk.entities.common.NameLists;
import org.copydesk.entities.common.NameRules;
import org.copydesk.entities.common.NameSpan;

/**
 * Tags each sentence with a perceptron model, reads the BILOU labels off as spans and passes them
 * through the rules both taggers share ({@link NameRules}). A document of
 * many sentences is tagged on all cores ({@link Pieces}): once the document-wide facts are collected,
 * each sentence's features and labels depend on nothing another sentence computes.
 */
final class PerceptronNameFinder implements NameFinder {
    static final String MODEL = "ner-model.bin.gz";

    /** Loaded on first use, so a runtime that never tags pays nothing for it. */
    private static final class Bundled {
        static final PerceptronModel MODEL = load();

        private static PerceptronModel load() {
            try (InputStream in = PerceptronNameFinder.class.getResourceAsStream(PerceptronNameFinder.MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("the bundle lacks its model " + PerceptronNameFinder.MODEL);
                }
                return PerceptronModel.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Supplier<PerceptronModel> model;

    /** @param model the model to use for each document (it may change between documents) */
    PerceptronNameFinder(Supplier<PerceptronModel> model) {
        this.model = model;
    }

    PerceptronNameFinder(PerceptronModel model) {
        this(() -> model);
    }

    static PerceptronModel bundledModel() {
        return Bundled.MODEL;
    }

    @Override
    public void prepare() {
        model.get();
        Lexicon.get();
        NameLists.get();
    }

    @Override
    public List<NameSpan> find(Document doc, Gazetteer gazetteer) {
        return find(doc, gazetteer, Pieces.PARALLEL_FROM);
    }

    /** As {@link #find(Document, Gazetteer)}, on all cores from {@code parallelFrom} sentences. */
    List<NameSpan> find(Document doc, Gazetteer gazetteer, int parallelFrom) {
        PerceptronModel m = model.get();
        Features features = new Features(doc, gazetteer);
        int n = doc.units().size();
        List<int[]> labels = Pieces.map(n, parallelFrom, u -> m.tag(features.nameable(u)));
        List<NameSpan> spans = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            Labels.spans(u, labels.get(u), spans);
        }
        NameRules.apply(doc, gazetteer, spans, parallelFrom);
        return spans;
    }
}
