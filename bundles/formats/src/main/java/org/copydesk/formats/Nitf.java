package org.copydesk.formats;

import java.util.Map;

import org.copydesk.api.model.EntityType;

/** NITF 3.6 names shared by its writer and reader. */
public final class Nitf {
    public static final String NS = "http://iptc.org/std/NITF/2006-10-18/";
    /** The idsrc we put on entity markup: the value attribute is then our canonical name. */
    public static final String IDSRC = "copydesk";

    private static final Map<String, EntityType> TYPES = Map.of(
            "person", EntityType.PERSON, "org", EntityType.ORGANIZATION, "location", EntityType.LOCATION,
            "classifier", EntityType.MISC, "event", EntityType.MISC, "object.title", EntityType.MISC);

    private Nitf() {
    }

    /** The inline element for an entity type; MISC has no element of its own, so a classifier. */
    public static String element(EntityType type) {
        return switch (type) {
            case PERSON -> "person";
            case ORGANIZATION -> "org";
            case LOCATION -> "location";
            case MISC -> "classifier";
        };
    }

    /** The attribute naming the taxonomy: {@code <location>} spells it differently from the others. */
    public static String sourceAttribute(String element) {
        return "location".equals(element) ? "code-source" : "idsrc";
    }

    /** The attribute holding the canonical name. */
    public static String valueAttribute(String element) {
        return "location".equals(element) ? "location-code" : "value";
    }

    /** The entity type of an inline element, or null when it marks no entity. */
    public static EntityType type(String element) {
        return TYPES.get(element);
    }
}
