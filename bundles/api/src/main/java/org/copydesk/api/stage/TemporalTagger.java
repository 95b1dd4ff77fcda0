package org.copydesk.api.stage;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Finds time expressions and resolves them against the article's publication date into TIMEX3
 * values. Fills the {@value Stage#TIMES} slot.
 */
@ConsumerType
public interface TemporalTagger extends Stage {
}
