package org.copydesk.time.tagger.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.copydesk.api.SharedData;
import org.copydesk.api.model.Article;
import org.copydesk.api.model.TimeExpression;
import org.copydesk.api.stage.ProcessContext;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scores the tagger on the shared MEANTIME TIMEX3 files, building each input exactly as
 * score-timex.py does (body = text lines, blank ones dropped; published = dct). Writes the summary
 * and every miss to target/timex-*.txt.
 */
class MeantimeAccuracyTest {
    static TimexScore score(Path jsonl) throws IOException {
        ObjectMapper json = new ObjectMapper();
        TimeTagger tagger = TimeTaggers.withDefaults();
        TimexScore score = new TimexScore();
        for (String line : Files.readAllLines(jsonl)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode rec = json.readTree(line);
            String text = rec.get("text").asText();
            List<String> pars = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            int pos = 0;
            for (String l : text.split("\n", -1)) {
                if (!l.isBlank()) {
                    pars.add(l);
                    starts.add(pos);
                }
                pos += l.length() + 1;
            }
            String dct = rec.path("dct").asText("");
            Article a = Article.builder().body(pars)
                    .published(dct.length() >= 10 ? LocalDate.parse(dct.substring(0, 10)) : null).build();
            List<TimexScore.Span> gold = new ArrayList<>();
            for (JsonNode t : rec.get("timexes")) {
                int s = text.offsetByCodePoints(0, t.get("start").asInt());
                int e = text.offsetByCodePoints(0, t.get("end").asInt());
                gold.add(trimmed(text, s, e, t.get("type").asText(), t.get("value").asText()));
            }
            List<TimexScore.Span> sys = new ArrayList<>();
            for (TimeExpression t : tagger.process(a, ProcessContext.defaults()).times()) {
                int base = starts.get(t.paragraph());
                sys.add(trimmed(text, base + t.start(), base + t.end(), t.type().name(), t.value()));
            }
            score.add(rec.get("id").asText() + " " + dct, gold, sys);
        }
        return score;
    }

    private static TimexScore.Span trimmed(String text, int s, int e, String type, String value) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new TimexScore.Span(s, e, type, value, text.substring(s, e));
    }

    private static TimexScore run(String name) throws IOException {
        Path f = SharedData.root().resolve("data").resolve(name);
        assumeTrue(Files.isReadable(f), "shared data absent (" + f + "): accuracy not measured");
        TimexScore s = score(f);
        Path out = Path.of("target", "timex-" + name.replace(".jsonl", ".txt"));
        Files.createDirectories(out.getParent());
        Files.write(out, prepend(s.summary(), s.misses));
        System.out.println(name + ": " + s.summary());
        return s;
    }

    private static List<String> prepend(String head, List<String> rest) {
        List<String> l = new ArrayList<>();
        l.add(head);
        l.addAll(rest);
        return l;
    }

    @Test
    void trainValueF1() throws IOException {
        assertTrue(run("meantime-timex.train.jsonl").valueF1() >= 0.75);
    }

    @Test
    void devValueF1() throws IOException {
        assertTrue(run("meantime-timex.dev.jsonl").valueF1() >= 0.75);
    }
}
