package org.copydesk.strip.rules.internal;

import java.nio.file.Path;
import org.osgi.framework.BundleContext;

/**
 * Where a desk's strip training lives: {@code config/desks/NAME/} of the Copydesk home, with the
 * examples its editors gave ({@code strip-examples.jsonl}); the desk's name names its model bundle.
 */
record DeskFiles(Path home, String desk) {
    static DeskFiles of(BundleContext context) {
        return of(context.getProperty("copydesk.home"), context.getProperty("copydesk.desk"));
    }

    static DeskFiles of(String home, String desk) {
        return new DeskFiles(Path.of(home == null ? "." : home), desk == null ? "default" : desk);
    }

    Path folder() {
        return home.resolve("config").resolve("desks").resolve(desk);
    }

    Path examples() {
        return folder().resolve("strip-examples.jsonl");
    }

    /** The desk's name as a part of a symbolic name or file name. */
    String safeName() {
        return desk.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
