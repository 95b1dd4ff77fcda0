package org.copydesk.time.tagger.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Copydesk time tagger", description = "TIMEX3 time expressions and their values")
@interface TimesConfig {
    @AttributeDefinition(description = "Holiday rule pack: an absolute path, or a path under ${copydesk.home}/config/times/;"
            + " the built-in pack is used when the file is missing")
    String holidays() default "holidays.txt";

    @AttributeDefinition(description = "Tag the headline and standfirst as well as the body")
    boolean tagHeadings() default true;
}
