package org.copydesk.entities.tagger.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;

import org.copydesk.api.SharedData;
import org.copydesk.api.stage.ProcessContext;
import org.junit.jupiter.api.Test;

/**
 * The bundled model on the dev files, scored as score-ner.py scores: guards against a broken model
 * or linker (the floors sit a few points under the figures in docs/entities.md).
 */
class DevQualityTest {
    @Test
    void devF1StaysAboveTheFloors() throws IOException {
        assumeTrue(Files.isRegularFile(SharedData.root().resolve("data").resolve(DevScores.DEV.get(0))), "no ../shared/data: skipped");
        EntityTaggerComponent tagger = TestConfigs.tagger(true);
        double[] floors = {70, 80, 55};
        for (int i = 0; i < floors.length; i++) {
            NerCounts s = DevScores.score(ConllReader.read(SharedData.root().resolve("data").resolve(DevScores.DEV.get(i))),
                    a -> tagger.process(a, ProcessContext.defaults()));
            assertTrue(s.f1Three() >= floors[i], DevScores.DEV.get(i) + ": " + DevScores.row("perceptron", s));
        }
    }
}
