package org.copydesk.formats.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** Files under the shared data folder (default: ../shared beside the repo root, seen from a module); a test that needs one is skipped, with the reason, when it is absent. */
public final class SharedData {
    private SharedData() {
    }

    public static Path file(String relative) {
        String root = System.getProperty("copydesk.shared", "../../../shared");
        Path p = Path.of(root).resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "shared data not found at " + p.toAbsolutePath()
                + " (set -Dcopydesk.shared); skipping");
        return p;
    }
}
