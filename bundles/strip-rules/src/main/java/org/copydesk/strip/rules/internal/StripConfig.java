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

    @AttributeDefinition(description = "The learned paragraph classifier, which judges the paragraphs no rule removed: "
            + "bundled (the newest strip model bundle the desk has deployed, such as copydesk strip-train makes, else the "
            + "model shipped in this bundle), the symbolic name of one model bundle (org.copydesk.model.strip.NAME), "
            + "or none (rules only)")
    String model() default "bundled";

    @AttributeDefinition(description = "The model removes a paragraph only when its calibrated probability of "
            + "boilerplate is at least this (0 to 1); raise it to keep more", min = "0", max = "1")
    double modelThreshold() default ModelPass.DEFAULT_THRESHOLD;
}
