package org.copydesk.api.stage;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns resolved time expressions into an ordered timeline of events. Fills the
 * {@value Stage#TIMELINE} slot.
 */
@ConsumerType
public interface TimelineBuilder extends Stage {
}
