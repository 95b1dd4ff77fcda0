package org.copydesk.timeline.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Copydesk timeline", description = "Dated events of the article, in order")
@interface TimelineConfig {
    @AttributeDefinition(description = "Leave out events dated more than this many years from the publication date"
            + " (0: keep all); history in background paragraphs can swamp the news")
    int maxYearsAway() default 0;

    @AttributeDefinition(description = "Include events dated only to a year, quarter or month, not just days and times")
    boolean coarseDates() default true;
}
