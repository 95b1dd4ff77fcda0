package org.copydesk.api.model;

/**
 * Something anchored in the text of one field: offsets are Java {@code String} indices (UTF-16 code
 * units) into that field's text, for the body into {@code body[paragraph]}, end exclusive.
 */
public interface Span {
    Field field();

    /** The body paragraph; 0 for headline and standfirst. */
    int paragraph();

    int start();

    int end();

    String text();
}
