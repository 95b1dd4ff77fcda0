package org.copydesk.strip.rules.internal;

import java.nio.file.Path;
import org.osgi.framework.BundleContext;

/**
 * Where a desk's strip training lives: {@code config/desks/NAME/} of the Copydesk home, with the
 * examples its editors gave ({@code strip-examples.jsonl}) and the model retrained from them
 * ({@code strip-model.gz}).
 */
record DeskFiles(Path folder) {
    static DeskFiles of(BundleContext context) {
        return of(context.getProperty("copydesk.home"), context.getProperty("copydesk.desk"));
    }

    static DeskFiles of(String home, String desk) {
        return new DeskFiles(Path.of(home == null ? "." : home, "config", "desks", desk == null ? "default" : desk));
    }

    Path examples() {
        return folder.resolve("strip-examples.jsonl");
    }

    Path model() {
        return folder.resolve("strip-model.gz");
    }
}
