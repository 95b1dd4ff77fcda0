package org.copydesk.boot;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.Constants;
import org.osgi.framework.Version;

/** The bundle jars of a folder by symbolic name, read from their manifests. */
public final class BundleIndex {
    private final Path dir;
    private final Map<String, Path> bySymbolicName;

    private BundleIndex(Path dir, Map<String, Path> bySymbolicName) {
        this.dir = dir;
        this.bySymbolicName = bySymbolicName;
    }

    public static BundleIndex scan(Path dir) throws BootException {
        Map<String, Path> map = new LinkedHashMap<>();
        Map<String, Version> versions = new HashMap<>();
        if (!Files.isDirectory(dir)) {
            throw new BootException(dir + ": no bundles folder");
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(dir, "*.jar")) {
            for (Path jar : jars) {
                Manifest m = manifest(jar);
                String bsn = symbolicName(m);
                if (bsn == null) {
                    continue;
                }
                // two jars of one bundle (an admin dropped in a newer one): the highest version serves
                Version v = version(m);
                if (!versions.containsKey(bsn) || v.compareTo(versions.get(bsn)) > 0) {
                    versions.put(bsn, v);
                    map.put(bsn, jar);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new BootException(dir + ": cannot read its bundles: " + e.getMessage(), e);
        }
        return new BundleIndex(dir, map);
    }

    /** The Bundle-SymbolicName of a jar without its directives, or null when it is no bundle. */
    public static String symbolicName(Path jar) throws IOException {
        return symbolicName(manifest(jar));
    }

    private static Manifest manifest(Path jar) throws IOException {
        try (JarFile jf = new JarFile(jar.toFile(), false)) {
            return jf.getManifest();
        }
    }

    private static String symbolicName(Manifest m) {
        String bsn = m == null ? null : m.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
        if (bsn == null) {
            return null;
        }
        int semi = bsn.indexOf(';');
        return (semi < 0 ? bsn : bsn.substring(0, semi)).trim();
    }

    private static Version version(Manifest m) {
        return Version.parseVersion(m.getMainAttributes().getValue(Constants.BUNDLE_VERSION));
    }

    public Optional<Path> find(String symbolicName) {
        return Optional.ofNullable(bySymbolicName.get(symbolicName));
    }

    public Path dir() {
        return dir;
    }
}
