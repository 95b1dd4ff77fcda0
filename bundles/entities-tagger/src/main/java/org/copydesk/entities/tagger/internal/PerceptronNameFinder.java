package org.copydesk.entities.tagger.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.copydesk.entities.common.Document;
import org.copydesk.entities.common.Gazetteer;
import org.copydesk.entities.common.NameFinder;
import org.copydesk.entities.common.NameSpan;

/** Tags each sentence with the bundled perceptron model and reads the BIO labels off as spans. */
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

    private final PerceptronModel model;

    PerceptronNameFinder(PerceptronModel model) {
        this.model = model;
    }

    static PerceptronNameFinder bundled() {
        return new PerceptronNameFinder(null);
    }

    private PerceptronModel model() {
        return model != null ? model : Bundled.MODEL;
    }

    @Override
    public void prepare() {
        model();
    }

    @Override
    public List<NameSpan> find(Document doc, Gazetteer gazetteer) {
        PerceptronModel m = model();
        List<NameSpan> spans = new ArrayList<>();
        for (int u = 0; u < doc.units().size(); u++) {
            spans(u, m.tag(Features.of(doc, u, gazetteer)), spans);
        }
        return spans;
    }

    /** Appends the spans that BIO labels describe. */
    static void spans(int unit, int[] labels, List<NameSpan> out) {
        int start = -1;
        for (int i = 0; i <= labels.length; i++) {
            int y = i < labels.length ? labels[i] : Labels.O;
            boolean continues = y != Labels.O && !Labels.isBegin(y) && start >= 0
                    && Labels.type(labels[start]) == Labels.type(y);
            if (start >= 0 && !continues) {
                out.add(new NameSpan(unit, start, i, Labels.type(labels[start])));
                start = -1;
            }
            if (y != Labels.O && !continues) {
                start = i;
            }
        }
    }
}
