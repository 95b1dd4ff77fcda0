package org.copydesk.entities.tagger.internal.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

import org.copydesk.api.SharedData;
import org.copydesk.api.model.Article;
import org.copydesk.api.stage.ProcessContext;
import org.copydesk.entities.tagger.internal.Corpora;
import org.copydesk.entities.tagger.internal.EntityTaggerComponent;
import org.copydesk.entities.tagger.internal.TestConfigs;

/**
 * Speed of the whole entity stage (sentences, tokens, features, Viterbi, linking) on one thread,
 * over the dev articles, plus the cold costs a CLI run pays once: activation and the first article
 * (which loads the model and the word list).
 * <pre>mvn -B -q -pl bundles/entities-tagger -am process-test-classes -Pner-bench [-Dexec.args=SECONDS]</pre>
 */
public final class TaggerBench {
    public static void main(String[] args) throws IOException {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        List<Article> articles = new ArrayList<>();
        long tokens = 0;
        for (String f : List.of("gum-news-ner.dev.conll", "meantime-ner.dev.conll", "wikigold-ner.dev.conll")) {
            for (Article a : Corpora.articles(SharedData.root().resolve("data").resolve(f))) {
                articles.add(a);
                tokens += Corpora.tokens(a);
            }
        }
        long t0 = System.nanoTime();
        EntityTaggerComponent tagger = TestConfigs.tagger(true);
        long t1 = System.nanoTime();
        tagger.process(articles.get(0), ProcessContext.defaults());
        long t2 = System.nanoTime();
        System.out.printf("cold: activate %.0f ms, first article (model + word list load) %.0f ms%n",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        long entities = 0;
        for (int warm = 0; warm < 3; warm++) {
            for (Article a : articles) {
                entities += tagger.process(a, ProcessContext.defaults()).entities().size();
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long done = 0;
        int passes = 0;
        while (System.nanoTime() - start < seconds * 1e9) {
            for (Article a : articles) {
                entities += tagger.process(a, ProcessContext.defaults()).entities().size();
            }
            done += tokens;
            passes++;
        }
        double s = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf("steady: %d passes over %d articles (%d tokens) in %.1f s: %.0f tokens/s single thread"
                + " (wall), %.0f tokens per CPU second (%d entities)%n", passes, articles.size(), tokens, s, done / s,
                done / cpu, entities);
    }
}
