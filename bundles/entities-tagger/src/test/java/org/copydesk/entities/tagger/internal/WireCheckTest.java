package org.copydesk.entities.tagger.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.copydesk.api.stage.ProcessContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled model on wire copy of four writers, with no need for ../shared. The four sets were written
 * as blind checks (wire-unseen-1 to 4), each measured once honestly, and have been training data since
 * entities8 (training/wire-blind-N.conll and .md): so this is now a TRAINING-FIT check, not a measure of
 * unseen copy. It still fails when a change of the stage or the model loses what the model learnt from
 * them. The fifth set, wire-unseen-5 (see its .md), written apart from entities8 and never used for
 * training or tuning, was measured once on the entities8 model, then read for its errors by class; it
 * is in the training folder (training/wire-blind-5.conll) for desks to train with, but the bundled model
 * does not learn from it (TrainDefault.BLIND_FILE_WEIGHT: learning it cost the dev sets), so its check is
 * of a seen set, not a training fit. The sixth, wire-unseen-6 (a
 * classic late-1990s international wire day), written apart from entities9 and never used for training or
 * tuning, is the blind measure now. The seventh, wire-unseen-7 (online news prose in nine national styles of
 * English), was measured once blind and then read for its errors by class (entities11): a SEEN set, not learnt
 * by the model, with a floor. The eighth,
 * wire-unseen-8 (online news prose from other countries and desks: New Zealand, Pakistan, Kenya, Ghana, the
 * Philippines, Malaysia, Jamaica, Scotland, Wales, Hong Kong, the Gulf, US regional papers, trade, science and
 * arts pages), written apart from entities11 and never used for training or tuning, is the blind measure of
 * online news prose.
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
     * Seen since (read for its errors by class; in the training folder, not learnt by the bundled model,
     * whose learning it cost the dev sets: docs/entities.md, entities9): the entities8 model with the
     * surname rule of entities9, 88.3 through the CLI. The floor is 2 points under that.
     */
    private static final double FLOOR_5 = 86.3;

    /**
     * First measure of wire-unseen-6 (a classic late-1990s international wire day: EU and European politics,
     * Balkan and Middle East diplomacy, European bourses and companies, London, New York and Asian markets,
     * commodities, sport in bulk), 2026-12-07, bundled model of main at commit 778c93f (the baseline before
     * entities9), through the CLI and score-ner.py: PER+ORG+LOC F1 90.5 (P 91.2, R 89.7; PER 91.9, ORG 87.3,
     * LOC 93.6; 4-type 88.8; this test gives the same). Still blind (its writer and entities9 never saw each
     * other's text), the model shipped after entities9 (entities8's model, the surname rule): 91.3 (P 92.0,
     * R 90.5). The floor is 2 points under the latest; raise it when the model improves, never lower it to pass.
     */
    private static final double FLOOR_6 = 89.3;

    /**
     * First measure of wire-unseen-7 (online news prose of the 2020s in nine national styles of English), on the
     * model and rules before entities10, through the CLI and score-ner.py: PER+ORG+LOC F1 81.1; after entities10 81.2
     * (P 81.2, R 81.1). Seen since (read for its errors by class, not learnt): with the rules of entities11 (lists
     * of a ministry's briefs, "of the", places after a preposition or before the word for their government,
     * places opening with their head word, organisations after the noun of their kind, datelines on a line of
     * their own), 83.6 (P 83.8, R 83.4). The floor is 2 points under that; raise it when the stage improves.
     */
    private static final double FLOOR_7 = 81.6;
    /**
     * The eighth set, blind: measured once on the model of entities10 (78.6, P 78.5 / R 78.8) and once on
     * entities11's rules, written apart from it (79.8, P 79.4 / R 80.1), through the CLI; held 2 points under.
     */
    private static final double FLOOR_8 = 77.8;

    /**
     * Every set with its floor: the four learnt (a training fit), the fifth and seventh seen and not learnt,
     * the sixth and eighth blind.
     */
    static Stream<Arguments> sets() {
        return Stream.of(Arguments.of("training fit", "training/wire-blind-1.conll", 42, FLOOR_1),
                Arguments.of("training fit", "training/wire-blind-2.conll", 50, FLOOR_2),
                Arguments.of("training fit", "training/wire-blind-3.conll", 44, FLOOR_3),
                Arguments.of("training fit", "training/wire-blind-4.conll", 42, FLOOR_4),
                Arguments.of("seen", "training/wire-blind-5.conll", 46, FLOOR_5), Arguments.of("blind", "wire-unseen-6.conll", 50, FLOOR_6),
                Arguments.of("seen", "wire-unseen-7.conll", 52, FLOOR_7), Arguments.of("blind", "wire-unseen-8.conll", 53, FLOOR_8));
    }

    @ParameterizedTest(name = "{0}: {1} stays above its floor")
    @MethodSource("sets")
    void eachSetStaysAboveItsFloor(String kind, String file, int stories, double floor) throws IOException, URISyntaxException {
        assertAboveFloor(file, stories, floor);
    }

    private void assertAboveFloor(String file, int stories, double floor) throws IOException, URISyntaxException {
        List<LabelledDocument> wire = read(file);
        assertEquals(stories, wire.size(), "stories read from " + file);
        EntityTaggerComponent tagger = TestConfigs.tagger(true);
        NerCounts s = DevScores.score(wire, a -> tagger.process(a, ProcessContext.defaults()));
        assertTrue(s.f1Three() >= floor, file + " PER+ORG+LOC F1 under " + floor + ":\n" + s.table());
    }

    private List<LabelledDocument> read(String file) throws IOException, URISyntaxException {
        return ConllReader.read(Path.of(getClass().getResource(file).toURI()));
    }
}
