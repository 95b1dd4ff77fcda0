package org.copydesk.formats;

import java.time.Instant;

import org.copydesk.api.model.EntityType;

/** NewsML-G2 names shared by its writer and reader. */
public final class NewsmlG2 {
    public static final String NS = "http://iptc.org/std/nar/2006-10-01/";
    public static final String NITF_CONTENT_TYPE = "application/nitf+xml";
    /**
     * NewsML-G2 requires versionCreated, but an article may have no date and an export must not
     * invent one from the clock: the epoch stands for "unknown" and reads back as no date.
     */
    public static final Instant UNKNOWN_DATE = Instant.EPOCH;

    private NewsmlG2() {
    }

    /** The IPTC concept nature (cpnat) of an entity type. */
    public static String conceptType(EntityType type) {
        return switch (type) {
            case PERSON -> "cpnat:person";
            case ORGANIZATION -> "cpnat:organisation";
            case LOCATION -> "cpnat:geoArea";
            case MISC -> "cpnat:abstract";
        };
    }

    /** The entity type of a concept nature, or null when it names no entity we keep (abstract topics from others). */
    public static EntityType entityType(String conceptType, boolean ours) {
        if (conceptType == null) {
            return null;
        }
        return switch (conceptType.substring(conceptType.indexOf(':') + 1)) {
            case "person" -> EntityType.PERSON;
            case "organisation" -> EntityType.ORGANIZATION;
            case "geoArea", "poi" -> EntityType.LOCATION;
            case "abstract", "object", "event" -> ours ? EntityType.MISC : null;
            default -> null;
        };
    }
}
