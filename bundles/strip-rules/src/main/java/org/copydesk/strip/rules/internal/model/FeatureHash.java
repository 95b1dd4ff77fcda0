package org.copydesk.strip.rules.internal.model;

/**
 * FNV-1a hashing of features into {@link #SLOTS} weight slots, without building feature strings:
 * a feature is a group (which kind of feature) and the characters that name it.
 */
final class FeatureHash {
    static final int BITS = 18;
    static final int SLOTS = 1 << BITS;
    private static final int OFFSET = 0x811C9DC5;
    private static final int PRIME = 0x01000193;

    private FeatureHash() {
    }

    /** The start of a feature's hash: its group. */
    static int start(int group) {
        return mix(OFFSET, group);
    }

    static int mix(int h, int c) {
        return (h ^ c) * PRIME;
    }

    static int mix(int h, CharSequence s, int from, int to) {
        for (int k = from; k < to; k++) {
            h = mix(h, s.charAt(k));
        }
        return h;
    }

    static int mix(int h, CharSequence s) {
        return mix(h, s, 0, s.length());
    }

    /** The slot of a finished hash (the high bits are the best mixed). */
    static int slot(int h) {
        h ^= h >>> 15;
        h *= 0x2C1B3C6D;
        h ^= h >>> 12;
        return h & (SLOTS - 1);
    }
}
