package org.copydesk.entities.tagger.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.copydesk.entities.common.Document;
import org.copydesk.entities.common.Gazetteer;
import org.copydesk.entities.common.NameFinder;
import org.copydesk.entities.common.NameSpan;

/** Tags each sentence with a perceptron model and reads the BILOU labels off as spans. */
final class PerceptronNameFinder implements NameFinder {
    static final String MODEL = "ner-model.bin.gz";
    /**
     * Documents of this many sentences or more are tagged on all cores: once the document-wide facts
     * are collected, each sentence's features and labels depend on nothing another sentence computes.
     */
    static final int PARALLEL_FROM = 1_000;

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
    }

    @Override
    public List<NameSpan> find(Document doc, Gazetteer gazetteer) {
        return find(doc, gazetteer, PARALLEL_FROM);
    }

    /** As {@link #find(Document, Gazetteer)}, on all cores from {@code parallelFrom} sentences. */
    List<NameSpan> find(Document doc, Gazetteer gazetteer, int parallelFrom) {
        PerceptronModel m = model.get();
        Features features = new Features(doc, gazetteer);
        int n = doc.units().size();
        IntStream all = IntStream.range(0, n);
        int[][] labels = (n >= parallelFrom ? all.parallel() : all).mapToObj(u -> m.tag(features.unit(u)))
                .toArray(int[][]::new);
        List<NameSpan> spans = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            Labels.spans(u, labels[u], spans);
        }
        Possessives.split(doc, Lexicon.get(), spans);
        ScoreLines.retype(doc, Lexicon.get(), spans);
        SportsPages.retype(doc, Lexicon.get(), spans);
        Datelines.mark(doc, spans);
        return spans;
    }
}
