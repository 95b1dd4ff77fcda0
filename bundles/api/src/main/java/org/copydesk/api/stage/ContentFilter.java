package org.copydesk.api.stage;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Removes boilerplate (appeals, paywall and subscription prompts, comment prompts ...) from the
 * body, recording each removal with {@link org.copydesk.api.model.Article#remove} so it can be
 * restored. Fills the {@value Stage#STRIP} slot.
 */
@ConsumerType
public interface ContentFilter extends Stage {
}
