package org.copydesk.api.stage;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Finds people, organisations, places and other names, and folds the mentions of one entity into
 * one {@link org.copydesk.api.model.Entity}. Fills the {@value Stage#ENTITIES} slot.
 */
@ConsumerType
public interface EntityTagger extends Stage {
}
