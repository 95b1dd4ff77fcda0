package org.copydesk.example.readingtime.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Reading time", description = "Estimates how long the kept body takes to read.")
@interface ReadingTimeConfig {
    @AttributeDefinition(description = "Words a reader reads per minute", min = "50", max = "1000")
    int wordsPerMinute() default 230;
}
