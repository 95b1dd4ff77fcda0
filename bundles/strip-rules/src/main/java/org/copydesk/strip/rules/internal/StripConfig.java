package org.copydesk.strip.rules.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Copydesk strip (rules)",
        description = "Removes appeals, paywall, newsletter, comment and other page boilerplate from article bodies")
@interface StripConfig {
    @AttributeDefinition(description = "Rule packs to use, by file base name (generic, independent ...); * uses every pack")
    String[] packs() default {"*"};

    @AttributeDefinition(description = "Removal reasons this desk leaves in the body, e.g. related")
    String[] keep() default {};

    @AttributeDefinition(description = "Folder of *.json rule packs; ${copydesk.home} is the distribution's root. "
            + "When it does not exist the packs shipped in the bundle are used")
    String packsDir() default "${copydesk.home}/config/strip";
}
