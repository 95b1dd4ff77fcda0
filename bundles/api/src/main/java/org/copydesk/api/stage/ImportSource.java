package org.copydesk.api.stage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

import org.copydesk.api.model.Source;

/**
 * The bytes of one input, as read from disk or received. Importers never see the file itself, so
 * the original cannot be modified.
 *
 * @param fileName  the base name, e.g. {@code story.html}
 * @param content   the raw bytes
 * @param mediaType declared media type, or null
 * @param knownSha256 the hex SHA-256 the input is known by when it is part of a larger input that was
 *                  hashed already (a feed's item is known by the feed's hash), or null: then
 *                  {@link #sha256()} hashes the content (since 1.1)
 */
public record ImportSource(String fileName, byte[] content, String mediaType, String knownSha256) {
    public ImportSource {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
    }

    /** An input of its own, known by the hash of its content. */
    public ImportSource(String fileName, byte[] content, String mediaType) {
        this(fileName, content, mediaType, null);
    }

    /** The lower-case extension without the dot, or "" when there is none. */
    public String extension() {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The file name without its extension. */
    public String baseName() {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName : fileName.substring(0, dot);
    }

    /** The hash the input is known by: {@link #knownSha256()} when given, else that of the content. */
    public String sha256() {
        if (knownSha256 != null) {
            return knownSha256;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** The {@link Source} of article {@code item} read from this input by importer {@code format}. */
    public Source source(String format, int item) {
        return new Source(fileName, format, sha256(), item);
    }

    /** The content as UTF-8 text without a byte order mark. */
    public String utf8() {
        String s = new String(content, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
