package org.copydesk.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

/**
 * The shared data beside the checkout (../shared: dev sets, the seed article, IPTC schemas), for the
 * tests of every bundle (this is the API's test-jar). It is absent from a bare clone: a test that
 * needs it is skipped, alone, with the reason; the other tests of its class still run.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The {@code copydesk.shared} property (the build sets it), else the first {@code shared} folder beside the working folder or one of its parents. */
    public static Path root() {
        String set = System.getProperty("copydesk.shared");
        if (set != null && !set.isBlank()) {
            return Path.of(set).toAbsolutePath().normalize();
        }
        for (Path d = Path.of("").toAbsolutePath(); d.getParent() != null; d = d.getParent()) {
            Path beside = d.resolveSibling("shared");
            if (Files.isDirectory(beside)) {
                return beside;
            }
        }
        return Path.of("..", "shared").toAbsolutePath().normalize();
    }

    /** A file or folder of the shared data, when it is there (for benches and tools). */
    public static Optional<Path> find(String relative) {
        Path p = root().resolve(relative);
        return Files.exists(p) ? Optional.of(p) : Optional.empty();
    }

    /** A file or folder of the shared data; skips the calling test, saying why, when it is absent. */
    public static Path require(String relative) {
        Optional<Path> p = find(relative);
        Assumptions.assumeTrue(p.isPresent(), () -> "skipped: needs the shared data " + root().resolve(relative)
                + ", which sits beside the checkout (set -Dcopydesk.shared=DIR)");
        return p.get();
    }
}
