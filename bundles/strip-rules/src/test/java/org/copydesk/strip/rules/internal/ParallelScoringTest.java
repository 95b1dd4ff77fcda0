package org.copydesk.strip.rules.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.copydesk.api.model.Article;
import org.copydesk.api.parallel.Pieces;
import org.copydesk.strip.rules.internal.model.TrainingSets;
import org.junit.jupiter.api.Test;

/** A long body is scored on all cores; what goes must be what one thread removes, for the same reasons. */
class ParallelScoringTest {
    /** Every training article's body in one: thousands of paragraphs of news and boilerplate. */
    private static List<String> longBody() throws IOException {
        List<String> body = new ArrayList<>();
        for (String name : TrainingSets.NAMES) {
            TrainingSets.read(name).forEach(d -> body.addAll(d.body()));
        }
        return body;
    }

    @Test
    void allCoresRemoveWhatOneThreadRemoves() throws IOException {
        RuleSet rules = TestConfig.stripper(TestConfig.defaults()).currentRules(null);
        List<String> body = longBody();
        assertTrue(body.size() >= Pieces.PARALLEL_FROM, "long enough to take the parallel path: " + body.size());
        Evidence[] one = Classifier.classify(body, rules, Integer.MAX_VALUE);
        Evidence[] all = Classifier.classify(body, rules, 1);
        assertTrue(Arrays.stream(one).filter(Objects::nonNull).count() > 100, "paragraphs are removed at all");
        assertArrayEquals(one, all);
        assertArrayEquals(one, Classifier.classify(body, rules));
    }

    @Test
    void theModelJudgesALongBodyOnAllCoresAsOnOne() throws IOException {
        RuleSet rules = TestConfig.stripper(TestConfig.defaults()).currentRules(null);
        List<String> body = longBody();
        Article article = Articles.of(body);
        Evidence[] ruled = Classifier.classify(body, rules);
        ModelPass.Verdict[] one = ModelPass.decide(article, ruled, ModelSource.shipped(), ModelPass.DEFAULT_THRESHOLD, Integer.MAX_VALUE);
        ModelPass.Verdict[] all = ModelPass.decide(article, ruled, ModelSource.shipped(), ModelPass.DEFAULT_THRESHOLD, 1);
        assertTrue(Arrays.stream(one).filter(Objects::nonNull).count() > 10, "the model removes paragraphs the rules left");
        assertArrayEquals(one, all);
    }
}
