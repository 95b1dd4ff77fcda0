package org.copydesk.entities.tagger.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.copydesk.api.model.Article;
import org.copydesk.api.model.Entity;
import org.copydesk.api.model.Mention;
import org.copydesk.api.stage.ProcessContext;
import org.junit.jupiter.api.Test;

/** The sample article of ../shared/seed: every required entity and alias, no forbidden name. */
class SeedArticleTest {
    @Test
    void requiredEntitiesAndNoForbiddenNames() throws IOException {
        Path seed = SharedData.root().resolve("seed");
        assumeTrue(Files.isRegularFile(seed.resolve("expected.json")), "no ../shared/seed: skipped");
        JsonNode exp = new ObjectMapper().readTree(seed.resolve("expected.json").toFile());
        List<String> lines = Files.readAllLines(seed.resolve(exp.get("input").asText()), StandardCharsets.UTF_8);
        int from = exp.get("body_lines").get(0).asInt();
        int to = exp.get("body_lines").get(1).asInt();
        Article a = Article.builder().headline(lines.get(0)).standfirst(lines.get(1))
                .body(lines.subList(from - 1, to)).build();
        Article tagged = TestConfigs.tagger(true).process(a, ProcessContext.defaults());

        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> types = exp.get("entities_required").fields(); types.hasNext(); ) {
            Map.Entry<String, JsonNode> type = types.next();
            for (Iterator<Map.Entry<String, JsonNode>> names = type.getValue().fields(); names.hasNext(); ) {
                Map.Entry<String, JsonNode> name = names.next();
                Entity e = tagged.entities().stream().filter(x -> x.name().equals(name.getKey())
                        && x.type().name().equals(type.getKey())).findFirst().orElse(null);
                if (e == null) {
                    problems.add("missing " + type.getKey() + " " + name.getKey());
                    continue;
                }
                for (JsonNode alias : name.getValue()) {
                    boolean found = e.mentions().stream().anyMatch(m -> m.text().equals(alias.asText())
                            && tagged.text(m.field(), m.paragraph()).substring(m.start(), m.end()).equals(m.text()));
                    if (!found) {
                        problems.add(name.getKey() + " lacks mention " + alias.asText());
                    }
                }
            }
        }
        for (JsonNode bad : exp.get("entities_forbidden")) {
            for (Entity e : tagged.entities()) {
                if (e.name().equals(bad.asText()) || e.mentions().stream().map(Mention::text).anyMatch(bad.asText()::equals)) {
                    problems.add("forbidden " + bad.asText() + " in " + e);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems) + "\nentities: " + tagged.entities());
        assertEquals(List.of(), tagged.entities().stream().filter(e -> e.name().isBlank()).toList());
    }
}
