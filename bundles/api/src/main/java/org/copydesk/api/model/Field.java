package org.copydesk.api.model;

import java.util.Locale;

/** The part of an article a mention, time expression or offset refers to. */
public enum Field {
    HEADLINE, STANDFIRST, BODY;

    /** The lower-case name used in the article JSON. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Field of(String key) {
        return valueOf(key.trim().toUpperCase(Locale.ROOT));
    }
}
