package org.copydesk.api.stage;

import org.osgi.service.component.annotations.ComponentPropertyType;

/** Component property type for an {@link Exporter}. */
@ComponentPropertyType
public @interface ExporterProperties {
    String PREFIX_ = "copydesk.exporter.";

    String format();

    String extension();

    String mediaType();
}
