package org.copydesk.pipeline.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Copydesk pipeline",
        description = "Which stages run for this desk, which implementation serves a stage, and how long a stage may take.")
@interface PipelineConfig {
    @AttributeDefinition(description = "Stage slots this desk skips, e.g. timeline")
    String[] disabled() default {};

    @AttributeDefinition(description = "Per slot, an LDAP filter that picks the implementation among those installed, "
            + "as slot=filter, e.g. entities=(component.name=org.copydesk.entities.gazetteer)")
    String[] select() default {};

    @AttributeDefinition(description = "Milliseconds one stage may spend on one article before it is skipped for it; 0 waits forever")
    long stage_timeout() default 30000;
}
