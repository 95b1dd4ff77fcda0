package org.copydesk.entities.common;

/**
 * An open-addressing table from 64-bit hashes of strings to ints, for large word lists: no string is
 * kept, so loading 100,000 names costs a hash each rather than a map entry each. Keys are FNV-1a
 * hashes ({@link #hash}); a run of tokens hashes as the tokens joined by single spaces.
 */
public final class NameTable {
    private static final long OFFSET = 0xcbf29ce484222325L;
    public static final long PRIME = 0x100000001b3L;

    private long[] keys;
    private int[] values;
    /**
     * A bit per key's second hash, four bits a slot: most words a text looks up are in no list, and their
     * lookup ends here, in a filter an eighth of the table's size that stays in the core's cache, where the
     * table of megabytes would cost a read from memory. A bit set may still be another key's.
     */
    private long[] filter;
    private int size;

    public NameTable(int expected) {
        allocate(Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1);
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        values = new int[capacity];
        filter = new long[capacity >>> 4];
    }

    public static long hash(CharSequence s) {
        return more(OFFSET, s);
    }

    /** The hash of what was hashed so far followed by {@code s}. */
    public static long more(long h, CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return h;
    }

    /** The hash of what was hashed so far, a space, then {@code s}. */
    public static long then(long h, CharSequence s) {
        return more((h ^ ' ') * PRIME, s);
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & (keys.length - 1);
    }

    /** The key's bit in {@link #filter}: other bits of the key than {@link #slot}'s, by another multiplier. */
    private int filterBit(long key) {
        return (int) ((key * 0xC2B2AE3D27D4EB4FL) >>> 32) & ((filter.length << 6) - 1);
    }

    /** The value of the key, 0 when absent. */
    public int get(long key) {
        key = key == 0 ? 1 : key;
        int f = filterBit(key);
        if ((filter[f >>> 6] & 1L << f) == 0) {
            return 0;
        }
        for (int s = slot(key); keys[s] != 0; s = (s + 1) & (keys.length - 1)) {
            if (keys[s] == key) {
                return values[s];
            }
        }
        return 0;
    }

    /** Sets the key's value to {@code or(old, value)} (bits) or {@code max(old, value)}. */
    public void merge(long key, int value, boolean max) {
        key = key == 0 ? 1 : key;
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int s = slot(key);
        while (keys[s] != 0 && keys[s] != key) {
            s = (s + 1) & (keys.length - 1);
        }
        if (keys[s] == 0) {
            keys[s] = key;
            size++;
            int f = filterBit(key);
            filter[f >>> 6] |= 1L << f;
        }
        values[s] = max ? Math.max(values[s], value) : values[s] | value;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        allocate(oldKeys.length * 2);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                merge(oldKeys[i], oldValues[i], false);
            }
        }
    }
}
