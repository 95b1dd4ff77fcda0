package org.copydesk.strip.rules.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.copydesk.strip.rules.internal.model.LabelledArticle;
import org.copydesk.strip.rules.internal.model.ModelTrainer;
import org.copydesk.strip.rules.internal.model.TrainingSets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped model is what training on the shipped sets gives, and it holds on paragraphs it did not
 * see: the stage is replayed on every training article with out-of-fold probabilities (each from a
 * model trained without that article), the rules deciding first and the gates of {@link ModelPass}
 * applied, as in {@link RuleStripper}.
 */
class ModelTrainingTest {
    /** Out of fold, the whole stage (rules, then the model at the default threshold). */
    static final double STAGE_PRECISION = 0.98;
    static final double STAGE_RECALL = 0.8;

    static List<LabelledArticle> articles;
    static double[] weights;
    static ModelTrainer.Result result;

    @BeforeAll
    static void train() {
        TrainingSets.Weighted shipped = TrainingSets.shipped();
        articles = shipped.articles();
        weights = shipped.weights();
        result = ModelTrainer.train(articles, List.of(), weights);
    }

    @Test
    void theShippedModelIsAFreshTrainingRun() throws IOException {
        byte[] fresh = bytes(result);
        assertArrayEquals(fresh, bytes(ModelTrainer.train(articles, List.of(), weights)), "two training runs differ");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ModelPass.RESOURCE)) {
            assertNotNull(in, "the build did not train " + ModelPass.RESOURCE);
            assertArrayEquals(fresh, in.readAllBytes(), "the bundled model is not what the training sets give now");
        }
    }

    @Test
    void outOfFoldTheStageKeepsArticleText() {
        RuleSet rules = TestConfig.stripper(TestConfig.rulesOnly()).currentRules(null);
        for (double t : new double[] {0.8, 0.9, TestConfig.THRESHOLD, 0.95, 0.98}) {
            int[] stage = new int[3]; // tp fp fn over every paragraph
            int[] model = new int[3]; // over the paragraphs the rules leave
            int k = 0;
            Map<String, Integer> missed = new TreeMap<>(); // gold reason -> boilerplate paragraphs the stage kept
            for (LabelledArticle a : articles) {
                Evidence[] ruled = Classifier.classify(a.body(), rules);
                boolean news = ModelPass.readsAsNews(a.body());
                for (int i = 0; i < ruled.length; i++, k++) {
                    ModelTrainer.Example e = result.examples().get(k);
                    boolean learned = ruled[i] == null && news
                            && ModelPass.removes(e.features(), result.outOfFold()[k], result.outOfFoldWords()[k], t);
                    count(stage, ruled[i] != null || learned, e.boilerplate());
                    if (ruled[i] == null && !learned && e.boilerplate()) {
                        missed.merge(e.label(), 1, Integer::sum);
                    }
                    if (t == TestConfig.THRESHOLD && (ruled[i] != null || learned) && !e.boilerplate()) {
                        System.out.printf("  false removal (%s): %s%n", learned ? String.format("model %.3f", result.outOfFold()[k])
                                : ruled[i].rule().id(), a.body().get(i));
                    }
                    if (ruled[i] == null) {
                        count(model, learned, e.boilerplate());
                    }
                }
            }
            System.out.printf("out of fold at %.2f: the stage P %.3f R %.3f (tp %d fp %d fn %d);"
                            + " the model on what the rules leave P %.3f R %.3f (tp %d fp %d fn %d)%n", t,
                    precision(stage), recall(stage), stage[0], stage[1], stage[2],
                    precision(model), recall(model), model[0], model[1], model[2]);
            if (t == TestConfig.THRESHOLD) {
                System.out.println("  missed at the default threshold, by reason: " + missed);
                assertTrue(precision(stage) >= STAGE_PRECISION, "out-of-fold precision " + precision(stage));
                assertTrue(recall(stage) >= STAGE_RECALL, "out-of-fold recall " + recall(stage));
            }
        }
    }

    private static void count(int[] c, boolean cut, boolean gold) {
        c[0] += cut && gold ? 1 : 0;
        c[1] += cut && !gold ? 1 : 0;
        c[2] += !cut && gold ? 1 : 0;
    }

    private static double precision(int[] c) {
        return c[0] + c[1] == 0 ? 1 : c[0] / (double) (c[0] + c[1]);
    }

    private static double recall(int[] c) {
        return c[0] + c[2] == 0 ? 1 : c[0] / (double) (c[0] + c[2]);
    }

    private static byte[] bytes(ModelTrainer.Result r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.model().write(out);
        return out.toByteArray();
    }
}
