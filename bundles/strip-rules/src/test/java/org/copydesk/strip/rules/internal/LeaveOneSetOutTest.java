package org.copydesk.strip.rules.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.copydesk.api.model.Article;
import org.copydesk.strip.rules.internal.model.FeatureVector;
import org.copydesk.strip.rules.internal.model.LabelledArticle;
import org.copydesk.strip.rules.internal.model.ModelTrainer;
import org.copydesk.strip.rules.internal.model.ParagraphFeatures;
import org.copydesk.strip.rules.internal.model.ParagraphModel;
import org.copydesk.strip.rules.internal.model.TrainingSets;
import org.junit.jupiter.api.Test;

/**
 * Whether other writers' lines carry to a new writer: for each set once measured as unseen and now
 * training data ({@link TrainingSets#MEASURED}), a model is trained on every other training set and the
 * whole stage (rules, then that model, as {@link RuleStripper#process} does) is scored on the set left
 * out. Eighteen trainings take about 40-90 s. The tables in docs/strip.md ("Strip11" to "Strip15", "Two rounds of new
 * writers", "Strip16") come from
 *
 * <pre>mvn -B -o -pl bundles/strip-rules -am test -Dtest=LeaveOneSetOutTest -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class LeaveOneSetOutTest {
    /** Issue 19's precision target, over the measured sets pooled (strip11, ten sets: 546 of 548, 0.996). */
    static final double PRECISION = 0.99;
    /** Article lines a set may lose to a model trained without it (strip11: one on sets 6 and 10). */
    static final int MAX_LOST_PER_SET = 1;
    /**
     * The mean of the recalls, less about a line a set (strip11, ten sets: 0.944; their first, honest figures: 0.819;
     * strip19, twenty-four sets: 0.923, the two newest 0.78 and 0.75).
     */
    static final double MEAN_RECALL = 0.91;
    /**
     * The newest sets, each held one line below its figure here (docs/strip.md). Set 10: 56 of 65 with
     * strip11's rules, 53 before them; its first, honest figure was 50 of 65. Set 11: 56 of 61 with
     * strip12's pack lines (written after its misses were read, by class) and strip-wording-4.tsv, 54
     * without that set, 49 with neither, which is its first, honest figure (a model trained on every
     * other set was then the strip11 model it was measured on). Set 12: 59 of 62 with strip13's pack lines
     * (written after its misses were read, by class) and features paragraph-8, 58 with the pack lines alone,
     * 47 with neither, which is its honest figure on the strip12 model. Set 13: 51 of 61 with strip14's
     * floor of 0.3 for the words alone and its two pack lines (written after its misses were read, by
     * class), 47 with none of them, which is its honest figure on the strip13 model; 49 since strip15's two
     * training sets (strip-wording-5.tsv and -6.tsv, by new writers: three lines lost, one gained, while the
     * fourteen sets pooled gained five). Set 14: 60 of 65 with strip15's pack lines (written after its misses were
     * read, by class) and those two sets, 57 with the pack lines alone, 51 with neither, which is its honest
     * figure on the strip14 model. Sets 15 and 16, measured once on strip15's model (with strip-wording-5 to -8
     * by four new writers): 54 of 65 and 53 of 64, their honest figures; left out as training data, each with
     * the other learnt, 53 and 50. Sets 17 and 18, measured once on the model of the round after strip15: 43 of 64
     * and 51 of 62, their honest figures; left out as training data, each with the other learnt, 44 and 55 (strip16,
     * before any change), 50 and 59 with strip16's language switch, sure labels and teaser shape (written after their
     * misses were read, by class); 52 and 58 since sets 19 and 20 were learnt (strip17). Sets 19 and 20, measured once
     * on strip16's model: 48 of 66 and 59 of 65, their honest figures; left out as training data, each with the other
     * learnt, 48 and 58 (strip17, which changed no feature, gate or rule: docs/strip.md, "Strip17"); set 20 56 since
     * sets 21 and 22 were learnt (strip18). Sets 21 and 22, measured once on strip17's model: 50 and 50 of 63, their
     * honest figures; left out as training data, each with the other learnt, 51 and 52 (strip18, before any change),
     * 54 and 49 with strip-wording-13.tsv to -16.tsv by four new writers (set 20 57; the twenty-two sets pooled 1,249
     * against 1,247 without them: docs/strip.md, "Strip18"). Sets 23 and 24, measured once on strip18's model: 48
     * of 64 and 49 of 67, their honest figures; left out as training data, each with the other learnt, 49 and 47
     * (strip19, before any change), 50 and 50 with strip19's language names and teaser after a phrase label (written
     * after their misses were read, by class: docs/strip.md, "Strip19"). Sets 25 and 26, measured once on strip19's
     * model: 51 of 67 and 54 of 62, their honest figures; left out as training data, each with the other learnt, 52 and
     * 54 (strip20, before any change), 55 and 58 with strip-wording-17.tsv to -20.tsv by four new writers, the
     * publication's "we wrote" as its own voice and the sure model's lower floor for the words (docs/strip.md, "Strip20").
     * Sets 27 and 28, measured once on strip20's model with rules20 and the subheadings set: 57 of 63 and 60 of 66, their
     * honest figures; left out as training data, each with the other learnt, 55 and 59 (strip21, before any change), 55
     * and 62 with strip21's rule families, strip-wording-22.tsv to -24.tsv and a study's findings as reported (docs/strip.md,
     * "Strip21").
     */
    static final Map<String, Double> NEWEST_RECALL = Map.ofEntries(
            Map.entry("strip-was-unseen-10.tsv", 55 / 65.0),
            Map.entry("strip-was-unseen-11.tsv", 55 / 61.0),
            Map.entry("strip-was-unseen-12.tsv", 58 / 62.0),
            Map.entry("strip-was-unseen-13.tsv", 48 / 61.0),
            Map.entry("strip-was-unseen-14.tsv", 59 / 65.0),
            Map.entry("strip-was-unseen-15.tsv", 52 / 65.0),
            Map.entry("strip-was-unseen-16.tsv", 49 / 64.0),
            Map.entry("strip-was-unseen-17.tsv", 51 / 64.0),
            Map.entry("strip-was-unseen-18.tsv", 57 / 62.0),
            Map.entry("strip-was-unseen-19.tsv", 47 / 66.0),
            Map.entry("strip-was-unseen-20.tsv", 55 / 65.0),
            Map.entry("strip-was-unseen-21.tsv", 50 / 63.0),
            Map.entry("strip-was-unseen-22.tsv", 48 / 63.0),
            Map.entry("strip-was-unseen-23.tsv", 49 / 64.0),
            Map.entry("strip-was-unseen-24.tsv", 49 / 67.0),
            Map.entry("strip-was-unseen-25.tsv", 54 / 67.0),
            Map.entry("strip-was-unseen-26.tsv", 57 / 62.0),
            Map.entry("strip-was-unseen-27.tsv", 54 / 63.0),
            Map.entry("strip-was-unseen-28.tsv", 61 / 66.0));
    /** The gates the curve is drawn for: the desk's threshold, and the floor for the words alone. */
    static final double[] THRESHOLDS = {0.80, 0.85, 0.88, 0.90, 0.93, 0.95};
    static final double[] WORDS_FLOORS = {0.2, 0.3, 0.35, 0.4, 0.5};
    /** And for the carry of sure words: how sure the words alone, and how far from certainty the model may then stand. */
    static final double[] WORDS_SURE = {0.97, 0.95, 0.92, 0.90, 0.85};
    static final double[] DOUBTS = {2, 2.5, 3, 4};

    /** A paragraph of a news article that no rule removed, as the model left out scored it. */
    record Scored(String set, FeatureVector features, double probability, double words, boolean boilerplate) {
    }

    /** A set's counts: boilerplate lines removed, article lines removed, boilerplate lines kept. */
    record Counts(int tp, int fp, int fn, int byModel, List<Scored> scored) {
        double precision() {
            return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        }

        double recall() {
            return tp / (double) (tp + fn);
        }
    }

    @Test
    void everyMeasuredSetLeftOut() {
        double recalls = 0;
        int[] sum = new int[4];
        int ruled = 0;
        List<Scored> scored = new ArrayList<>();
        List<String> regressed = new ArrayList<>();
        for (String name : TrainingSets.MEASURED) {
            Counts c = leaveOut(name);
            ruled += c.tp() - c.byModel();
            scored.addAll(c.scored());
            recalls += c.recall();
            sum[0] += c.tp();
            sum[1] += c.fp();
            sum[2] += c.fn();
            sum[3] += c.byModel();
            // every set is scored and the curve printed before a set that regressed fails the test
            if (c.fp() > MAX_LOST_PER_SET) {
                regressed.add(name + ": " + c.fp() + " article lines removed");
            }
            if (c.recall() < NEWEST_RECALL.getOrDefault(name, 0.0)) {
                regressed.add(name + " recall " + c.recall());
            }
        }
        Counts all = new Counts(sum[0], sum[1], sum[2], sum[3], scored);
        double mean = recalls / TrainingSets.MEASURED.size();
        System.out.printf("leave one set out, all %d: P %.3f R %.3f (tp %d fp %d fn %d, %d by the model); mean recall %.3f%n",
                TrainingSets.MEASURED.size(), all.precision(), all.recall(), all.tp(), all.fp(), all.fn(), all.byModel(), mean);
        printCurve(scored, ruled, all.tp() + all.fn());
        assertTrue(TrainingSets.MEASURED.containsAll(NEWEST_RECALL.keySet()), NEWEST_RECALL.keySet() + " are not all measured sets");
        assertTrue(all.precision() >= PRECISION, "precision " + all.precision());
        assertTrue(mean >= MEAN_RECALL, "mean recall " + mean);
        assertTrue(regressed.isEmpty(), String.join("; ", regressed));
    }

    /**
     * The gate's curve on the pooled held-out scores: for each threshold and floor for the words alone,
     * the lines to cut removed and the article lines lost (in all, and in the set that loses most), with
     * the rules' removals as they are; then, at the default threshold and floor, the same for the carry of
     * sure words ({@link ModelPass#WORDS_SURE}). The desk's default is chosen on it (docs/strip.md, "Strip14",
     * "Strip15").
     */
    static void printCurve(List<Scored> scored, int ruled, int boilerplate) {
        System.out.println("gate curve, leave one set out: threshold, words floor -> removed of " + boilerplate + ", article lines lost (most in one set)");
        for (double t : THRESHOLDS) {
            for (double w : WORDS_FLOORS) {
                printPoint(String.format("%.2f %.2f", t, w), scored, ruled, boilerplate,
                        s -> ModelPass.removes(s.features(), s.probability(), s.words(), t, w, ModelPass.WORDS_SURE, ModelPass.WORDS_SURE_DOUBT));
            }
        }
        System.out.printf("the carry of sure words at the default gate (%.2f, words %.2f): words sure, doubt -> removed, lost%n",
                ModelPass.DEFAULT_THRESHOLD, ModelPass.WORDS_ALONE);
        for (double sure : WORDS_SURE) {
            for (double doubt : DOUBTS) {
                printPoint(String.format("%.2f %.1f", sure, doubt), scored, ruled, boilerplate, s -> ModelPass.removes(s.features(),
                        s.probability(), s.words(), ModelPass.DEFAULT_THRESHOLD, ModelPass.WORDS_ALONE, sure, doubt));
            }
        }
    }

    private static void printPoint(String gate, List<Scored> scored, int ruled, int boilerplate, Predicate<Scored> removes) {
        int tp = ruled;
        Map<String, Integer> lost = new TreeMap<>();
        for (Scored s : scored) {
            if (removes.test(s)) {
                if (s.boilerplate()) {
                    tp++;
                } else {
                    lost.merge(s.set(), 1, Integer::sum);
                }
            }
        }
        int fp = lost.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("  %s -> %d (R %.3f), lost %d (%d) %s%n", gate, tp, tp / (double) boilerplate, fp,
                lost.values().stream().mapToInt(Integer::intValue).max().orElse(0), lost);
    }

    /** Trains on every training set but {@code name} and scores the stage on {@code name}. */
    static Counts leaveOut(String name) {
        List<String> others = TrainingSets.NAMES.stream().filter(n -> !n.equals(name)).toList();
        // -Dstrip.weight=W: the measured sets' weight, to compare weights (docs/strip.md)
        double measured = Double.parseDouble(System.getProperty("strip.weight", String.valueOf(TrainingSets.MEASURED_WEIGHT)));
        TrainingSets.Weighted training = TrainingSets.weighted(others, measured);
        ParagraphModel model = ModelTrainer.train(training.articles(), List.of(), training.weights()).model();
        RuleSet rules = TestConfig.stripper(TestConfig.rulesOnly()).currentRules(null);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int byModel = 0;
        List<String> errors = new ArrayList<>();
        List<Scored> scored = new ArrayList<>();
        for (LabelledArticle a : TrainingSets.read(name)) {
            Article article = Articles.of(a.body());
            ParagraphFeatures.Reader features = ParagraphFeatures.reader(a.body(), null, false);
            Evidence[] ruled = Classifier.classify(a.body(), rules);
            ModelPass.Verdict[] learned = ModelPass.decide(article, ruled, model, TestConfig.THRESHOLD);
            boolean news = ModelPass.readsAsNews(a.body());
            for (int i = 0; i < ruled.length; i++) {
                if (news && ruled[i] == null) {
                    FeatureVector f = features.apply(i);
                    scored.add(new Scored(name, f, model.probability(f), model.wordsProbability(f), a.boilerplate(i)));
                }
                boolean cut = ruled[i] != null || learned[i] != null;
                byModel += ruled[i] == null && learned[i] != null && a.boilerplate(i) ? 1 : 0;
                if (cut && a.boilerplate(i)) {
                    tp++;
                } else if (cut) {
                    fp++;
                    errors.add("FP " + a.source() + ": " + (ruled[i] != null ? ruled[i].rule().id()
                            : String.format("model %.3f", learned[i].confidence())) + ": " + a.body().get(i));
                } else if (a.boilerplate(i)) {
                    fn++;
                    // the model's score and its words' alone, to see which gate kept a miss
                    FeatureVector f = features.apply(i);
                    errors.add(String.format("FN %s: %s (model %.3f, words %.3f): %s", a.source(), a.labels().get(i),
                            model.probability(f), model.wordsProbability(f), a.body().get(i)));
                }
            }
        }
        Counts c = new Counts(tp, fp, fn, byModel, scored);
        System.out.printf("%s left out: P %.3f R %.3f (tp %d fp %d fn %d, %d by the model)%n",
                name, c.precision(), c.recall(), tp, fp, fn, byModel);
        errors.forEach(e -> System.out.println("  " + e));
        return c;
    }
}
