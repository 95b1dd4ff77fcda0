package org.copydesk.importer.html.internal;

/**
 * One run of text between block-level boundaries, in document order.
 *
 * @param text      whitespace-normalised text
 * @param linkChars how much of it sits inside links
 * @param kind      what sort of element holds it
 * @param owner     id of the innermost open element in the {@link PageTree}
 */
record Block(String text, int linkChars, Kind kind, int owner) {
    enum Kind { PARAGRAPH, HEADING, ITEM, QUOTE, PRE, CAPTION, TEXT }

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    int plainChars() {
        return text.length() - linkChars;
    }
}
