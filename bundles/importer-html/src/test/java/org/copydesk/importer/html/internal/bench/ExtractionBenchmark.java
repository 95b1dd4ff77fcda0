package org.copydesk.importer.html.internal.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.copydesk.api.stage.ImportException;
import org.copydesk.api.stage.ImportSource;
import org.copydesk.importer.html.internal.BenchAccess;
import org.copydesk.importer.html.internal.DevSet;
import org.copydesk.importer.html.internal.HtmlImporter;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Speed over the 990 extraction-dev pages, single thread, one operation = one page, no disk and no
 * pipeline. {@code extract}: main-content extraction and metadata on pages jsoup has already
 * parsed (extraction alone). {@code importPage}: the whole importer, bytes to article (charset,
 * parse, extraction). Run: see docs/import.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ExtractionBenchmark {
    private static final int PAGES = 990;
    private List<ImportSource> pages;
    private List<Document> parsed;
    private final HtmlImporter importer = new HtmlImporter();

    @Setup
    public void load() throws Exception {
        Path dir = DevSet.location();
        if (dir == null) {
            throw new IllegalStateException("extraction-dev not found: pass -Dcopydesk.shared=/path/to/shared");
        }
        pages = DevSet.load(dir).stream().map(p -> new ImportSource(p.id() + ".html", p.html(), "text/html")).toList();
        parsed = pages.stream().map(p -> BenchAccess.parse(p.content())).toList();
        if (pages.size() != PAGES) {
            throw new IllegalStateException("expected " + PAGES + " pages, found " + pages.size());
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void extract(Blackhole bh) {
        for (Document d : parsed) {
            try {
                bh.consume(BenchAccess.extract(d));
            } catch (ImportException e) {
                bh.consume(e);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void importPage(Blackhole bh) {
        for (ImportSource p : pages) {
            try {
                bh.consume(importer.read(p));
            } catch (ImportException e) {
                bh.consume(e);
            }
        }
    }
}
