package org.copydesk.entities.tagger.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.copydesk.api.stage.ProcessContext;
import org.junit.jupiter.api.Test;

/**
 * The bundled model on wire-unseen-1, a blind set of agency-style copy written for this repo and
 * never used for training or tuning (see wire-unseen-1.md): guards issue 15's measure against a
 * regression, with no need for ../shared.
 */
class WireCheckTest {
    /**
     * First measured PER+ORG+LOC F1, 2026-12-07, bundled model of commit 24a5478: 81.0 (P 84.6, R 77.7;
     * the CLI and score-ner.py give the same). The model trained with our wire-style text at half weight
     * (docs/entities.md): 83.3 through the CLI; with a sports page's towns the model calls organisations
     * made sure ones (SportsPages): 85.1. The floor is 2 points under the latest; raise it when the
     * model improves, never lower it to pass.
     */
    private static final double FLOOR = 83.1;

    @Test
    void wireF1StaysAboveTheFloor() throws IOException, URISyntaxException {
        List<LabelledDocument> wire = ConllReader.read(Path.of(getClass().getResource("wire-unseen-1.conll").toURI()));
        assertEquals(42, wire.size(), "stories read from wire-unseen-1.conll");
        EntityTaggerComponent tagger = TestConfigs.tagger(true);
        NerCounts s = DevScores.score(wire, a -> tagger.process(a, ProcessContext.defaults()));
        assertTrue(s.f1Three() >= FLOOR, "wire-unseen-1 PER+ORG+LOC F1 under " + FLOOR + ":\n" + s.table());
    }
}
