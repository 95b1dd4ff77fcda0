package org.copydesk.api.model;

import java.util.Objects;

/**
 * Where an article came from.
 *
 * @param file   the input file name
 * @param format the importer's format name ({@code text}, {@code html}, {@code rss}, ...)
 * @param sha256 hex SHA-256 of the input bytes, so the original can always be matched
 * @param item   the item index within a multi-article input such as a feed, else 0
 */
public record Source(String file, String format, String sha256, int item) {
    public Source {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sha256, "sha256");
    }
}
