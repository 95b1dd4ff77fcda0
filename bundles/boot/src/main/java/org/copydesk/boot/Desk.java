package org.copydesk.boot;

import java.nio.file.Path;
import java.util.List;

/**
 * A desk: the features a newsroom desk runs and the folder of its settings ({@code *.config}).
 *
 * @param file   its {@code desk.properties}
 */
public record Desk(String name, String description, List<String> features, Path file) {
    public Desk {
        features = List.copyOf(features);
    }

    /** The folder of the desk's ConfigAdmin settings, watched while the runtime runs. */
    public Path settings() {
        return file.getParent();
    }
}
