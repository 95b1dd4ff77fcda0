package org.copydesk.workbench.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How long the workspace takes to start on a large workspace (such as the one
 * {@link WorkspaceListBenchmark} makes): {@code without} its snapshot of summaries (removed first;
 * the close then writes it anew, timed too) or {@code with} it, one start per JVM, so a shell loop
 * can take the folder out of the page cache between runs (docs/benchmarks.md has the command).
 * {@code java -cp ... org.copydesk.workbench.internal.WorkspaceStartBench FOLDER with|without}.
 */
final class WorkspaceStartBench {
    private WorkspaceStartBench() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        Path snapshot = root.resolve(SummarySnapshot.FILE);
        boolean with = args[1].equals("with");
        if (!with) {
            Files.deleteIfExists(snapshot);
        }
        long t = System.nanoTime();
        WorkspaceStore store = Fixtures.store(root, System.err::println);
        System.out.printf("start %s the snapshot: %d articles in %.2f s%n", with ? "with" : "without", store.ids().size(), (System.nanoTime() - t) / 1e9);
        t = System.nanoTime();
        store.close();
        if (!with) {
            System.out.printf("  close wrote the snapshot (%.1f MB) in %.2f s%n", Files.size(snapshot) / 1e6, (System.nanoTime() - t) / 1e9);
        }
    }
}
