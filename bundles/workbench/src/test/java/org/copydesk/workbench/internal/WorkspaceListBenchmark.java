package org.copydesk.workbench.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the workspace takes to answer a page of its list, with 100,000 articles made by
 * {@link WorkspaceGenerator} in /dev/shm (so making them takes a minute, not the disk's flushes),
 * once: the benchmarks' forks share the folder ({@code rm -rf /dev/shm/copydesk-list-bench-*} after).
 * Prints how long the workspace took to read them at start. docs/benchmarks.md has the figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class WorkspaceListBenchmark {
    @Param("100000")
    int articles;

    private Path root;
    private WorkspaceStore store;

    @Setup(Level.Trial)
    public void make() throws IOException {
        Path shm = Path.of("/dev/shm");
        root = (Files.isDirectory(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"))).resolve("copydesk-list-bench-" + articles);
        Path made = root.resolve("made");
        if (!Files.exists(made)) {
            long t0 = System.nanoTime();
            WorkspaceGenerator.generate(root, articles);
            Files.createFile(made);
            System.out.printf("%nmade %d articles in %.1f s%n", articles, (System.nanoTime() - t0) / 1e9);
        }
        long t1 = System.nanoTime();
        store = Fixtures.store(root);
        System.out.printf("%nthe workspace read its %d articles at start in %.2f s%n", store.ids().size(), (System.nanoTime() - t1) / 1e9);
    }

    private ArticleIndex.Page page(String q, String entity, ArticleIndex.Sort sort, boolean descending, int offset) {
        return store.list(new ArticleIndex.Query(q, entity, null, sort, descending, offset, 50));
    }

    @Benchmark
    public ArticleIndex.Page newestFirst() {
        return page(null, null, ArticleIndex.Sort.CREATED, true, 0);
    }

    @Benchmark
    public ArticleIndex.Page lastPageByHeadline() {
        return page(null, null, ArticleIndex.Sort.HEADLINE, false, articles - 50);
    }

    @Benchmark
    public ArticleIndex.Page searchTwoWords() {
        return page("leiden budget", null, ArticleIndex.Sort.CREATED, true, 0);
    }

    @Benchmark
    public ArticleIndex.Page byEntityBySource() {
        return page(null, "anna smit", ArticleIndex.Sort.SOURCE, false, 0);
    }
}
