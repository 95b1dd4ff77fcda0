package org.copydesk.entities.tagger.internal;

import java.nio.file.Files;
import java.nio.file.Path;

/** ../shared: the {@code copydesk.shared} property (surefire sets it), else beside the repository root. */
public final class SharedData {
    private SharedData() {
    }

    public static Path root() {
        String p = System.getProperty("copydesk.shared");
        if (p != null) {
            return Path.of(p);
        }
        Path fromRoot = Path.of("../shared");
        return Files.isDirectory(fromRoot) ? fromRoot : Path.of("../../../shared");
    }

    public static Path data(String file) {
        return root().resolve("data").resolve(file);
    }
}
