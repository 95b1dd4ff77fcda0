package org.copydesk.entities.tagger.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.copydesk.api.stage.ProcessContext;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled model on wire copy of five writers, with no need for ../shared. The five sets were written
 * as blind checks (wire-unseen-1 to 5), each measured once honestly, and have been training data since
 * entities8 (sets 1 to 4) and entities9 (set 5; training/wire-blind-N.conll and .md): so this is a
 * TRAINING-FIT check, not a measure of unseen copy. It still fails when a change of the stage or the
 * model loses what the model learnt from them. {@link #BLIND_SET}, written apart and never used for
 * training or tuning, is the blind measure.
 */
class WireCheckTest {
    /**
     * First measured PER+ORG+LOC F1, 2026-12-07, bundled model of commit 24a5478: 81.0 (P 84.6, R 77.7;
     * the CLI and score-ner.py give the same). The model trained with our wire-style text at half weight
     * (docs/entities.md): 83.3 through the CLI; with a sports page's towns the model calls organisations
     * made sure ones (SportsPages): 85.1. With the second wire-style file and the league list (entities6):
     * 85.6. The floor is 2 points under the latest; raise it when the model improves, never lower it to pass.
     *
     * Training data since entities8 (training/wire-blind-1.conll, weight 1): the entities8 model fits it at 96.8
     * through the CLI; the floor is 2 under that fit, a TRAINING-FIT check, no longer a measure of unseen copy.
     * The entities9 model (set 5 learnt too, epoch 2 chosen) fits it at 95.5; the floor stays.
     */
    private static final double FLOOR_1 = 94.8;

    /**
     * First and only blind measure of wire-unseen-2, 2026-12-07, bundled model of commit e9759a4,
     * through the CLI and score-ner.py: PER+ORG+LOC F1 81.1 (P 82.0, R 80.3; PER 76.8, ORG 74.5,
     * LOC 89.8; 4-type 78.4). Then the set was read for its errors by class (no longer blind), and the
     * model trained with the second wire-style file, written for those classes (entities6): 86.4 (P 86.4,
     * R 86.4), partly from names the two share (docs/entities.md). The floor is 2 points under the latest;
     * raise it when the model improves, never lower it to pass.
     *
     * Training data since entities8 (training/wire-blind-2.conll, weight 1): the entities8 model fits it at 98.3
     * through the CLI; the floor is 2 under that fit, a TRAINING-FIT check, no longer a measure of unseen copy.
     * The entities9 model (set 5 learnt too, epoch 2 chosen) fits it at 97.2; the floor stays.
     */
    private static final double FLOOR_2 = 96.3;

    /**
     * First measure of wire-unseen-3, 2026-12-07, bundled model of commit 18bf120 (the baseline before
     * issue 15's next model), through the CLI and score-ner.py: PER+ORG+LOC F1 81.9 (P 84.3, R 79.5;
     * PER 82.4, ORG 73.2, LOC 89.8; 4-type 78.6; this test gives the same). Then, still blind (its
     * writer and entities6 never saw each other's text), the model trained with the second wire-style
     * file: 85.2 (P 87.3, R 83.2; PER 86.3, ORG 80.7, LOC 89.2; 4-type 82.4). Seen since (read for its
     * errors by class): with shouted headlines recased against the lists, demonyms cut from persons and
     * honorifics out of full names (entities7), 85.9. The floor is 2 points under the latest; raise it when the model improves,
     * never lower it to pass.
     *
     * Training data since entities8 (training/wire-blind-3.conll, weight 1): the entities8 model fits it at 98.5
     * through the CLI; the floor is 2 under that fit, a TRAINING-FIT check, no longer a measure of unseen copy.
     * The entities9 model (set 5 learnt too, epoch 2 chosen) fits it at 98.0; the floor stays.
     */
    private static final double FLOOR_3 = 96.5;

    /**
     * First measure of wire-unseen-4 (a mainstream agency day), 2026-12-07, bundled model of main at
     * commit d6a693c (the baseline before entities7), through the CLI and score-ner.py: PER+ORG+LOC F1
     * 84.9 (P 85.7, R 84.1; PER 88.1, ORG 79.4, LOC 88.9; 4-type 83.3); this test gives 84.8 (P 85.5,
     * R 84.2). Then, still blind (its writer and entities7 never saw each other's text), the entities7
     * model: 84.7 (P 85.1, R 84.3). The floor is 2 points under the first CLI figure; raise it when the
     * model improves, never lower it to pass.
     *
     * Training data since entities8 (training/wire-blind-4.conll, weight 1): the entities8 model fits it at 97.4
     * through the CLI; the floor is 2 under that fit, a TRAINING-FIT check, no longer a measure of unseen copy.
     * The entities9 model (set 5 learnt too, epoch 2 chosen) fits it at 96.0; the floor stays.
     */
    private static final double FLOOR_4 = 95.4;

    /**
     * First measure of wire-unseen-5 (a general 1990s-style international wire day: Asia, Russia, Central
     * Asia, Africa, Latin America, commodities, bonds and currencies, sport in bulk), 2026-12-07, bundled
     * model of main at commit 2fb60f4 (the baseline before entities8), through the CLI and score-ner.py:
     * PER+ORG+LOC F1 84.9 (P 85.6, R 84.2; PER 83.3, ORG 82.2, LOC 88.8; 4-type 83.9; this test gives the
     * same). Still blind (its writer and entities8 never saw each other's text), the entities8 model: 87.1
     * (P 87.3, R 87.0).
     *
     * Training data since entities9 (training/wire-blind-5.conll, weight 1): the entities9 model fits it at 96.6
     * through the CLI; the floor is 2 under that fit, a TRAINING-FIT check, no longer a measure of unseen copy.
     */
    private static final double FLOOR_5 = 94.6;

    /**
     * The blind set: written apart from the model it measures, never trained or tuned on. The sixth
     * (wire-unseen-6, by another writer) takes this place when it lands; until then the test skips itself.
     * Set its story count and its floor (2 under the first measure) when it lands: the zeros below fail
     * the story count until they are set.
     */
    static final String BLIND_SET = "wire-unseen-6.conll";
    private static final int BLIND_STORIES = 0;
    private static final double BLIND_FLOOR = 0;

    static Stream<Arguments> sets() {
        return Stream.of(Arguments.of("training/wire-blind-1.conll", 42, FLOOR_1), Arguments.of("training/wire-blind-2.conll", 50, FLOOR_2),
                Arguments.of("training/wire-blind-3.conll", 44, FLOOR_3), Arguments.of("training/wire-blind-4.conll", 42, FLOOR_4),
                Arguments.of("training/wire-blind-5.conll", 46, FLOOR_5));
    }

    @ParameterizedTest(name = "training fit on {0}")
    @MethodSource("sets")
    void trainingFitOnTheOnceBlindSetsStaysAboveTheFloor(String file, int stories, double floor) throws IOException, URISyntaxException {
        List<LabelledDocument> wire = ConllReader.read(Path.of(getClass().getResource(file).toURI()));
        assertEquals(stories, wire.size(), "stories read from " + file);
        EntityTaggerComponent tagger = TestConfigs.tagger(true);
        NerCounts s = DevScores.score(wire, a -> tagger.process(a, ProcessContext.defaults()));
        assertTrue(s.f1Three() >= floor, file + " (training data) PER+ORG+LOC F1 under " + floor + ":\n" + s.table());
    }

    @Test
    void theBlindSetStaysAboveItsFloor() throws IOException, URISyntaxException {
        URL set = getClass().getResource(BLIND_SET);
        Assumptions.assumeTrue(set != null, BLIND_SET + " is not written yet: no blind wire set to measure");
        List<LabelledDocument> wire = ConllReader.read(Path.of(set.toURI()));
        assertEquals(BLIND_STORIES, wire.size(), "stories read from " + BLIND_SET);
        EntityTaggerComponent tagger = TestConfigs.tagger(true);
        NerCounts s = DevScores.score(wire, a -> tagger.process(a, ProcessContext.defaults()));
        assertTrue(s.f1Three() >= BLIND_FLOOR, BLIND_SET + " PER+ORG+LOC F1 under " + BLIND_FLOOR + ":\n" + s.table());
    }
}
