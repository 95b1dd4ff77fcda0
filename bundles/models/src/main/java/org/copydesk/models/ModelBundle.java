package org.copydesk.models;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.osgi.framework.Version;

/**
 * One model of some kind, from a bundle in the runtime or from a jar file: who it is, and its model
 * file and metadata.
 */
public final class ModelBundle {
    /** Reads an entry of the bundle or jar. */
    @FunctionalInterface
    public interface Entries {
        InputStream open(String path) throws IOException;
    }

    private final String kind;
    private final String symbolicName;
    private final Version version;
    private final String location;
    private final long bundleId;
    private final String modelPath;
    private final String metadataPath;
    private final Entries entries;

    ModelBundle(String kind, String symbolicName, Version version, String location, long bundleId, String modelPath,
                String metadataPath, Entries entries) {
        this.kind = kind;
        this.symbolicName = symbolicName;
        this.version = version;
        this.location = location;
        this.bundleId = bundleId;
        this.modelPath = modelPath;
        this.metadataPath = metadataPath;
        this.entries = entries;
    }

    public String kind() {
        return kind;
    }

    public String symbolicName() {
        return symbolicName;
    }

    public Version version() {
        return version;
    }

    /** The bundle's location or the jar's path. */
    public String location() {
        return location;
    }

    /** The bundle id, or -1 for a jar read from a file. */
    public long bundleId() {
        return bundleId;
    }

    /** The model file; the caller closes it. */
    public InputStream openModel() throws IOException {
        InputStream in = entries.open(modelPath);
        if (in == null) {
            throw new IOException(this + " lacks its model file " + modelPath);
        }
        return in;
    }

    /** The metadata JSON, or "{}" when the jar has none. */
    public String metadata() throws IOException {
        if (metadataPath == null) {
            return "{}";
        }
        try (InputStream in = entries.open(metadataPath)) {
            return in == null ? "{}" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public String toString() {
        return kind + " model " + symbolicName + " " + version;
    }
}
