package org.copydesk.strip.rules.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.copydesk.api.SharedData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * How the rules judge the shared extraction-dev snippets on their own, one line each, without page
 * position: drop snippets are real web boilerplate (navigation, prompts, teasers), keep snippets are
 * article text. A keep snippet the rules call conclusive would be cut wherever it stood, so that
 * rate must stay very low; the drop rate shows how much chrome the wording alone recognises.
 */
class ExtractionSnippetsTest {
    static final double MAX_KEEP_CONCLUSIVE = 0.01;

    @Test
    void conclusiveRulesRarelyHitArticleText() throws IOException {
        Path manifest = SharedData.root().resolve("data/extraction-dev/manifest.jsonl");
        assumeTrue(Files.isRegularFile(manifest), "shared extraction-dev not found at " + manifest + ": skipped");
        RuleStripper stripper = TestConfig.stripper(TestConfig.defaults());
        RuleSet rules = stripper.currentRules(null);
        ObjectMapper json = new ObjectMapper();
        int[] keep = new int[3];
        int[] drop = new int[3];
        Map<String, Integer> keepHits = new TreeMap<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            JsonNode page = json.readTree(line);
            count(page.path("keep"), rules, keep, keepHits);
            count(page.path("drop"), rules, drop, null);
        }
        System.out.printf("extraction-dev snippets, wording alone: drop %d: conclusive %.3f, near-boilerplate %.3f;"
                        + " keep %d: conclusive %.4f, near-boilerplate %.4f%n",
                drop[0], drop[1] / (double) drop[0], drop[2] / (double) drop[0],
                keep[0], keep[1] / (double) keep[0], keep[2] / (double) keep[0]);
        keepHits.forEach((text, n) -> System.out.println("  keep snippet judged boilerplate: " + text));
        assertTrue(keep[1] / (double) keep[0] <= MAX_KEEP_CONCLUSIVE, "too many keep snippets judged conclusive");
    }

    /** Counts snippets, those scored conclusive and those scored at least near-boilerplate. */
    private static void count(JsonNode snippets, RuleSet rules, int[] c, Map<String, Integer> hits) {
        for (JsonNode s : snippets) {
            Evidence e = ParagraphScorer.score(s.asText(), rules);
            c[0]++;
            if (e.score() >= Classifier.CONCLUSIVE) {
                c[1]++;
                if (hits != null) {
                    hits.merge(e.rule().id() + " | " + s.asText(), 1, Integer::sum);
                }
            }
            if (e.score() >= Classifier.NEAR_BOILERPLATE) {
                c[2]++;
            }
        }
    }
}
