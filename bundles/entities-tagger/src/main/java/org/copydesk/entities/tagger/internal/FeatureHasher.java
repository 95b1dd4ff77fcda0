package org.copydesk.entities.tagger.internal;

/**
 * 64-bit FNV-1a hashes of feature names built from a kind tag and up to two strings, without
 * concatenating them: the model stores only these hashes, so features cost no string storage.
 */
final class FeatureHasher {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private FeatureHasher() {
    }

    static long hash(int kind) {
        return (OFFSET ^ kind) * PRIME;
    }

    static long hash(int kind, CharSequence a) {
        return mix(hash(kind), a);
    }

    /** The hash of {@code kind} with {@code s.substring(from, to)}, without making the substring. */
    static long hash(int kind, String s, int from, int to) {
        long h = hash(kind);
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return h;
    }

    static long hash(int kind, CharSequence a, CharSequence b) {
        return mix((mix(hash(kind), a) ^ 0x1f) * PRIME, b);
    }

    private static long mix(long h, CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return h;
    }
}
