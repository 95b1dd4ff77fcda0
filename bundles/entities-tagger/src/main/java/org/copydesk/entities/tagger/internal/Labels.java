package org.copydesk.entities.tagger.internal;

import org.copydesk.api.model.EntityType;

/** The BIO tag set: 0 is O, then B and I for each entity type in {@link EntityType} order. */
final class Labels {
    static final int COUNT = 1 + 2 * EntityType.values().length;
    static final int O = 0;

    private Labels() {
    }

    static int begin(EntityType t) {
        return 1 + 2 * t.ordinal();
    }

    static int inside(EntityType t) {
        return 2 + 2 * t.ordinal();
    }

    static boolean isBegin(int label) {
        return label != O && label % 2 == 1;
    }

    static EntityType type(int label) {
        return label == O ? null : EntityType.values()[(label - 1) / 2];
    }

    /** I-X may only follow B-X or I-X; {@code prev} is -1 at the sentence start. */
    static boolean allowed(int prev, int label) {
        return label == O || isBegin(label) || prev > O && type(prev) == type(label);
    }

    /** Reads a CoNLL tag such as {@code B-PER}, {@code I-LOC} or {@code O}. */
    static int parse(String tag) {
        if (tag.equals("O") || tag.length() < 3) {
            return O;
        }
        EntityType t = switch (tag.substring(2)) {
            case "PER", "PERSON" -> EntityType.PERSON;
            case "ORG", "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOC", "LOCATION" -> EntityType.LOCATION;
            default -> EntityType.MISC;
        };
        return tag.charAt(0) == 'B' ? begin(t) : inside(t);
    }
}
