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

    /** This desk with further features after its own (those already listed are not repeated). */
    public Desk with(List<String> more) {
        List<String> all = new java.util.ArrayList<>(features);
        more.stream().filter(f -> !all.contains(f)).forEach(all::add);
        return new Desk(name, description, all, file);
    }

    /** The folder of the desk's ConfigAdmin settings, watched while the runtime runs. */
    public Path settings() {
        return file.getParent();
    }
}
