package org.copydesk.boot;

import java.nio.file.Path;
import java.util.List;

/**
 * A named set of bundles, configurations and other features, modelled on Karaf features.
 *
 * @param bundles  bundle symbolic names, each with the start level it starts at
 * @param command  the launcher command that brings this feature along on any desk (the workbench's
 *                 Jetty is paid for only by {@code copydesk workbench}), or "" for none
 * @param file     the features file that defines it
 */
public record Feature(String name, String description, List<BundleRef> bundles, List<FeatureConfig> configs,
                      List<String> features, String command, Path file) {
    public Feature {
        command = command == null ? "" : command;
        bundles = List.copyOf(bundles);
        configs = List.copyOf(configs);
        features = List.copyOf(features);
    }

    /**
     * A bundle by symbolic name, the start level it belongs to, and whether it is started: a library
     * bundle whose activator is not wanted is installed and resolved but not started.
     */
    public record BundleRef(String symbolicName, int startLevel, boolean start) {
    }
}
