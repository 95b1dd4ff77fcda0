package org.copydesk.time.tagger.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.copydesk.api.SharedData;
import org.copydesk.api.model.Article;
import org.copydesk.api.model.Field;
import org.copydesk.api.model.TimeExpression;
import org.copydesk.api.stage.ProcessContext;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The required times of ../shared/seed/expected.json, found on their lines with their values. */
class SampleArticleTimesTest {
    @Test
    void requiredTimes() throws IOException {
        Path seed = SharedData.root().resolve("seed");
        assumeTrue(Files.isReadable(seed.resolve("expected.json")), "shared seed absent: sample times not checked");
        JsonNode exp = new ObjectMapper().readTree(seed.resolve("expected.json").toFile());
        List<String> lines = Files.readAllLines(seed.resolve(exp.get("input").asText()), StandardCharsets.UTF_8);
        int first = exp.get("body_lines").get(0).asInt();
        int last = exp.get("body_lines").get(1).asInt();
        Article a = Article.builder().headline(lines.get(0)).standfirst(lines.get(1))
                .body(lines.subList(first - 1, last)).published(LocalDate.parse(exp.get("published").asText())).build();
        List<TimeExpression> times = TimeTaggers.withDefaults().process(a, ProcessContext.defaults()).times();
        for (JsonNode want : exp.get("times_required")) {
            int p = want.get("line").asInt() - first;
            boolean found = times.stream().anyMatch(t -> t.field() == Field.BODY && t.paragraph() == p
                    && t.text().equals(want.get("text").asText()) && t.value().equals(want.get("value").asText()));
            assertTrue(found, want + " not found in " + times);
        }
    }
}
