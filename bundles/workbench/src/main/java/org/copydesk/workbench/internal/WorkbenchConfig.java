package org.copydesk.workbench.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Copydesk workbench",
        description = "The browser workbench of a desk: where its workspace lives and how its perspective lays out the views.")
@interface WorkbenchConfig {
    @AttributeDefinition(description = "The workspace folder (originals, versions, edit history); relative paths are "
            + "taken from the Copydesk home. Empty: workspace/DESK in the user's data folder ($XDG_DATA_HOME/copydesk, "
            + "or ~/.local/share/copydesk), outside the distribution.")
    String workspace() default "";

    @AttributeDefinition(description = "The editors' perspective: VIEW:AREA entries (areas left, main, right, bottom), in the "
            + "order the tabs appear. Views it does not name go to the area they ask for; VIEW:hidden hides one, *:hidden "
            + "every view it does not name.")
    String[] perspective() default {"inbox:left", "editor:main", "removed:right", "entities:right", "timeline:right",
            "runtime:hidden", "console:hidden"};

    @AttributeDefinition(description = "The editors' perspective's name, shown in the title bar")
    String title() default "Editing";

    @AttributeDefinition(description = "The admins' perspective, one click away from the editors': the runtime and the console; "
            + "entries as in perspective")
    String[] admin() default {"runtime:main", "console:bottom", "*:hidden"};

    @AttributeDefinition(description = "The admins' perspective's name")
    String adminTitle() default "Admin";
}
