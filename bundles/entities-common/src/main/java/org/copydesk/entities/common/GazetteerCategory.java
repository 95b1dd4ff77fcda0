package org.copydesk.entities.common;

import java.util.Locale;

import org.copydesk.api.model.EntityType;

/** What a gazetteer list says its names are; each list file is named after its category. */
public enum GazetteerCategory {
    LOCATION("locations.txt", EntityType.LOCATION),
    ORGANIZATION("organizations.txt", EntityType.ORGANIZATION),
    PERSON("persons.txt", EntityType.PERSON),
    MISC("misc.txt", EntityType.MISC),
    DEMONYM("demonyms.txt", EntityType.MISC),
    /** Evidence for a person name, not a name on its own. */
    FIRST_NAME("first-names.txt", null),
    /** Capitalised words a desk never wants tagged. */
    NOT_NAME("not-names.txt", null);

    private final String file;
    private final EntityType type;

    GazetteerCategory(String file, EntityType type) {
        this.file = file;
        this.type = type;
    }

    public String file() {
        return file;
    }

    /** The entity type a whole match gives, or null when the category is only evidence. */
    public EntityType type() {
        return type;
    }

    public static GazetteerCategory ofFile(String name) {
        for (GazetteerCategory c : values()) {
            if (c.file.equals(name.toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        return null;
    }
}
