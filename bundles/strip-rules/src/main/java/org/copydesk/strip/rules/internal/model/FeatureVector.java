package org.copydesk.strip.rules.internal.model;

import java.util.Arrays;

/** A sparse vector over hashed feature slots; a slot added twice counts twice. */
public final class FeatureVector {
    private int[] slots = new int[64];
    private float[] values = new float[64];
    private int size;
    /** Features before this index come from the words; the rest from form and place. */
    private int wordsEnd;
    /** The share of the paragraph's words that are English function words; -1 when it has few words. */
    private float english = -1;
    private int words;
    private boolean speech;
    private float symbols;
    private boolean listItem;
    private boolean title;

    void add(int slot, float value) {
        if (size == slots.length) {
            slots = Arrays.copyOf(slots, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        slots[size] = slot;
        values[size++] = value;
    }

    /** Multiplies the values added since {@code from} by {@code factor}. */
    void scale(int from, float factor) {
        for (int k = from; k < size; k++) {
            values[k] *= factor;
        }
    }

    void endWords() {
        wordsEnd = size;
    }

    int wordsEnd() {
        return wordsEnd;
    }

    void english(float share) {
        english = share;
    }

    void words(int count) {
        words = count;
    }

    void speech(boolean quoted) {
        speech = quoted;
    }

    /** Whether the paragraph is someone's words: it opens with a quotation mark or attributes speech. */
    public boolean speech() {
        return speech;
    }

    void symbols(float share) {
        symbols = share;
    }

    /** The share of the paragraph's tokens that are punctuation or symbols: high in code and tables. */
    public float symbols() {
        return symbols;
    }

    void listItem(boolean numbered) {
        listItem = numbered;
    }

    /** Whether the paragraph opens with a list number ("1. ", "12) "): an item or step of the page's own list. */
    public boolean listItem() {
        return listItem;
    }

    void title(boolean capitalised) {
        title = capitalised;
    }

    /**
     * Whether every word but the function words is capitalised, and not all in capitals: a title, a
     * heading or a name ("Idle Hour", a pub's name over a live blog's entry), not a marker.
     */
    public boolean title() {
        return title;
    }

    /** How many words and numbers the paragraph has. */
    public int words() {
        return words;
    }

    public float english() {
        return english;
    }

    public int size() {
        return size;
    }

    public int slot(int k) {
        return slots[k];
    }

    public float value(int k) {
        return values[k];
    }

    /** The dot product with dense weights. */
    double dot(float[] weights) {
        return dot(weights, size);
    }

    /** The dot product of the first {@code end} entries. */
    double dot(float[] weights, int end) {
        double s = 0;
        for (int k = 0; k < end; k++) {
            s += weights[slots[k]] * values[k];
        }
        return s;
    }
}
