package org.copydesk.workbench.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Copydesk workbench",
        description = "The browser workbench of a desk: where its workspace lives and how its perspective lays out the views.")
@interface WorkbenchConfig {
    @AttributeDefinition(description = "The workspace folder (originals, current versions, edit history); relative paths are "
            + "taken from the Copydesk home. Empty: workspace/DESK in the Copydesk home.")
    String workspace() default "";

    @AttributeDefinition(description = "The desk's perspective: VIEW:AREA entries (areas left, main, right, bottom), in the "
            + "order the tabs appear. Views it does not name go to the area they ask for; VIEW:hidden hides one.")
    String[] perspective() default {"inbox:left", "runtime:left", "editor:main", "removed:right", "entities:right",
            "timeline:right", "console:bottom"};

    @AttributeDefinition(description = "The perspective's name, shown in the title bar")
    String title() default "Editing";
}
