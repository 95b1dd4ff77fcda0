package org.copydesk.strip.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.log.Logger;

/**
 * Where rule packs come from: {@code *.json} files in the admin's packs folder when it exists, else
 * the copies shipped in the bundle. Folder packs are re-read when their modification time or size
 * changes, so an edited pack takes effect on the next article without a restart; a pack that fails
 * to parse keeps its last good version (and is reported once per change).
 */
final class PackSource {
    /** A pack read from a file, with the file stamp it was read at. */
    private record Loaded(FileTime modified, long size, RulePack pack) {
    }

    private final Path folder;
    private final Logger log;
    private final List<RulePack> bundled;
    private final Map<Path, Loaded> cache = new ConcurrentHashMap<>();
    private final Map<Path, FileTime> reportedBroken = new ConcurrentHashMap<>();

    /**
     * @param folder  the admin's packs folder, or null
     * @param bundled the packs shipped in the bundle, used when the folder does not exist
     * @param log     the stripper's logger, for packs that fail to parse
     */
    PackSource(Path folder, List<RulePack> bundled, Logger log) {
        this.folder = folder;
        this.bundled = List.copyOf(bundled);
        this.log = log;
    }

    /** The current packs, sorted by name. */
    List<RulePack> packs() {
        if (folder == null || !Files.isDirectory(folder)) {
            return bundled;
        }
        List<RulePack> out = new ArrayList<>();
        Set<Path> listed = new HashSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
            for (Path f : files) {
                listed.add(f);
                RulePack p = load(f);
                if (p != null) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list rule packs in " + folder, e);
        }
        cache.keySet().retainAll(listed); // a deleted pack is forgotten
        out.sort((a, b) -> a.name().compareTo(b.name()));
        return out;
    }

    private RulePack load(Path file) throws IOException {
        BasicFileAttributes stamp = Files.readAttributes(file, BasicFileAttributes.class); // one stat, not two
        FileTime modified = stamp.lastModifiedTime();
        long size = stamp.size();
        Loaded old = cache.get(file);
        if (old != null && old.modified().equals(modified) && old.size() == size) {
            return old.pack();
        }
        try (InputStream in = Files.newInputStream(file)) {
            RulePack pack = PackParser.parse(baseName(file.getFileName().toString()), in);
            cache.put(file, new Loaded(modified, size, pack));
            reportedBroken.remove(file);
            return pack;
        } catch (IOException e) {
            if (!modified.equals(reportedBroken.put(file, modified))) {
                log.warn("keeping the previous version of " + file + ": " + e.getMessage());
            }
            return old == null ? null : old.pack();
        }
    }

    /** Reads the named packs from resource URLs (the bundle's defaults). */
    static List<RulePack> fromUrls(List<URL> urls) {
        List<RulePack> out = new ArrayList<>();
        for (URL u : urls) {
            String file = u.getPath().substring(u.getPath().lastIndexOf('/') + 1);
            try (InputStream in = u.openStream()) {
                out.add(PackParser.parse(baseName(file), in));
            } catch (IOException e) {
                throw new UncheckedIOException("bundled rule pack " + u + " is broken", e);
            }
        }
        out.sort((a, b) -> a.name().compareTo(b.name()));
        return out;
    }

    private static String baseName(String file) {
        return file.endsWith(".json") ? file.substring(0, file.length() - 5) : file;
    }
}
