package org.copydesk.api.stage;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Component property type for a {@link Stage}: {@code @StageProperties(name = "entities", order = 200)}
 * on a DS component sets {@code copydesk.stage.name} and {@code copydesk.stage.order}.
 * Standard orders: strip 100, entities 200, times 300, timeline 400; extra stages pick a gap.
 */
@ComponentPropertyType
public @interface StageProperties {
    String PREFIX_ = "copydesk.stage.";

    String name();

    int order();
}
