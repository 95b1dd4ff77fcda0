package org.copydesk.entities.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bundled gazetteer lists plus a desk's own lists in a folder (normally
 * {@code ${copydesk.home}/config/entities/}), files named as in {@link GazetteerCategory}. A changed,
 * added or removed desk file is picked up on the next {@link #current()} without a restart: the
 * files' modification times are compared at most once a second.
 */
public final class GazetteerStore {
    private static final long CHECK_INTERVAL_MS = 1000;

    private final Path deskDir;
    private volatile Gazetteer gazetteer;
    private volatile long stamp;
    private volatile long lastCheck;

    /** @param deskDir the desk's folder, or null for the bundled lists only */
    public GazetteerStore(Path deskDir) {
        this.deskDir = deskDir;
    }

    /** The folder for a framework whose {@code copydesk.home} is {@code home} (null when unset). */
    public static Path deskFolder(String home, String configured) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return home == null || home.isBlank() ? null : Path.of(home, "config", "entities");
    }

    /** The lists as they are now; built on first use, so activating a component stays cheap. */
    public Gazetteer current() {
        long now = System.currentTimeMillis();
        if (gazetteer == null || deskDir != null && now - lastCheck >= CHECK_INTERVAL_MS) {
            synchronized (this) {
                lastCheck = now;
                long s = stamp();
                if (gazetteer == null || s != stamp) {
                    stamp = s;
                    gazetteer = build();
                }
            }
        }
        return gazetteer;
    }

    /** A fingerprint of the desk files' names, sizes and modification times. */
    private long stamp() {
        long h = 17;
        if (deskDir == null) {
            return h;
        }
        for (GazetteerCategory c : GazetteerCategory.values()) {
            Path f = deskDir.resolve(c.file());
            try {
                if (Files.isRegularFile(f)) {
                    h = h * 31 + Files.getLastModifiedTime(f).toMillis();
                    h = h * 31 + Files.size(f);
                }
            } catch (IOException e) {
                h = h * 31 + 1; // unreadable now: try again on the next check
            }
            h = h * 31 + c.ordinal();
        }
        return h;
    }

    private Gazetteer build() {
        Gazetteer g = new Gazetteer();
        for (GazetteerCategory c : GazetteerCategory.values()) {
            try (InputStream in = GazetteerStore.class.getResourceAsStream("gazetteer/" + c.file())) {
                if (in != null) {
                    g.load(reader(in), c);
                }
                Path f = deskDir == null ? null : deskDir.resolve(c.file());
                if (f != null && Files.isRegularFile(f)) {
                    try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                        g.load(r, c);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read gazetteer " + c.file(), e);
            }
        }
        return g;
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
