package org.copydesk.api.stage;

import java.util.List;

/**
 * Which bundle serves a stage, importer or exporter.
 *
 * @param name       slot or format name
 * @param order      the stage order (0 for importers and exporters)
 * @param bundle     bundle symbolic name
 * @param version    bundle version
 * @param component  the DS component name, or the service's class
 * @param ranking    its service ranking
 * @param extensions file extensions it reads or writes
 */
public record ServiceInfo(String name, int order, String bundle, String version, String component, int ranking,
                          List<String> extensions) {
    public ServiceInfo {
        extensions = List.copyOf(extensions);
    }
}
