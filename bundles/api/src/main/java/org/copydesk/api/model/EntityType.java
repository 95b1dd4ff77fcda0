package org.copydesk.api.model;

/** The four CoNLL entity classes, named as the article JSON names them. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, MISC
}
