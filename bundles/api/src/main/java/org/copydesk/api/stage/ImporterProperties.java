package org.copydesk.api.stage;

import org.osgi.service.component.annotations.ComponentPropertyType;

/** Component property type for an {@link Importer}. */
@ComponentPropertyType
public @interface ImporterProperties {
    String PREFIX_ = "copydesk.importer.";

    String format();

    String[] extensions();

    String[] mediaTypes() default {};
}
