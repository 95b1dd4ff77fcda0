package org.copydesk.time.tagger.internal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.copydesk.api.SharedData;
import org.copydesk.api.model.Article;
import org.copydesk.api.stage.ProcessContext;
import org.copydesk.time.tagger.internal.TimeTagger;
import org.copydesk.time.tagger.internal.TimeTaggers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Single-thread throughput of the time tagger over the shared MEANTIME documents (documents/s).
 * Run: mvn -B -q -o -pl bundles/time-tagger test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.copydesk.time.tagger.internal.bench.TaggerBench [-Dexec.args="SECONDS"]
 */
public final class TaggerBench {
    private TaggerBench() {
    }

    public static void main(String[] args) throws IOException {
        Path data = SharedData.root().resolve("data");
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        List<Article> docs = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String f : new String[] {"meantime-timex.train.jsonl", "meantime-timex.dev.jsonl"}) {
            for (String line : Files.readAllLines(data.resolve(f))) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode r = json.readTree(line);
                List<String> body = Arrays.stream(r.get("text").asText().split("\n")).filter(l -> !l.isBlank()).toList();
                docs.add(Article.builder().body(body).published(LocalDate.parse(r.get("dct").asText().substring(0, 10))).build());
            }
        }
        TimeTagger tagger = TimeTaggers.withDefaults();
        ProcessContext ctx = ProcessContext.defaults();
        long sink = 0;
        for (long end = System.nanoTime() + 2_000_000_000L; System.nanoTime() < end;) { // warm-up
            for (Article a : docs) {
                sink += tagger.process(a, ctx).times().size();
            }
        }
        long n = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long stop = start + (long) (seconds * 1e9);
        while (System.nanoTime() < stop) {
            for (Article a : docs) {
                sink += tagger.process(a, ctx).times().size();
            }
            n += docs.size();
        }
        double s = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9; // robust when other jobs share the cores
        System.out.printf(Locale.ROOT, "%d documents (avg %d chars) in %.2f s wall, %.2f s CPU: %.0f documents/s wall,"
                + " %.0f documents/s per CPU second (checksum %d)%n", n,
                docs.stream().mapToInt(a -> String.join("\n", a.body()).length()).sum() / docs.size(), s, cpu, n / s,
                n / cpu, sink);
    }
}
