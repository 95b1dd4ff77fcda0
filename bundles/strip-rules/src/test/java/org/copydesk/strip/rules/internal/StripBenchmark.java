package org.copydesk.strip.rules.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.copydesk.api.model.Article;
import org.copydesk.api.stage.ProcessContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The strip stage on the bundled sample article (launcher/src/main/dist/samples/port-strike.txt:
 * 15 body paragraphs, 5 of them boilerplate), one thread, one operation = one article: the rules
 * alone and the whole stage with the model. Run: see docs/strip.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class StripBenchmark {
    static final Path SAMPLE = Path.of("../../launcher/src/main/dist/samples/port-strike.txt");
    private Article sample;
    private RuleStripper rulesOnly;
    private RuleStripper withModel;

    @Setup
    public void load() throws IOException {
        sample = sample(SAMPLE);
        rulesOnly = TestConfig.stripper(TestConfig.rulesOnly());
        withModel = TestConfig.stripper(TestConfig.defaults());
    }

    /** A plain-text article: headline, standfirst, then one paragraph a line. */
    static Article sample(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        return Article.builder().headline(lines.get(0)).standfirst(lines.get(1)).body(lines.subList(2, lines.size())).build();
    }

    @Benchmark
    public Article rules() {
        return rulesOnly.process(sample, ProcessContext.defaults());
    }

    @Benchmark
    public Article rulesAndModel() {
        return withModel.process(sample, ProcessContext.defaults());
    }
}
