package org.copydesk.formats;

import org.copydesk.api.model.Entity;

/**
 * A run of a field's text: plain when {@code entity} is null, else one mention of that entity.
 */
public record Segment(String text, Entity entity) {
}
