package org.copydesk.boot;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

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
        if (!Files.isDirectory(dir)) {
            throw new BootException(dir + ": no bundles folder");
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(dir, "*.jar")) {
            for (Path jar : jars) {
                String bsn = symbolicName(jar);
                if (bsn != null) {
                    map.putIfAbsent(bsn, jar);
                }
            }
        } catch (IOException e) {
            throw new BootException(dir + ": cannot list bundles: " + e.getMessage(), e);
        }
        return new BundleIndex(dir, map);
    }

    /** The Bundle-SymbolicName of a jar without its directives, or null when it is no bundle. */
    public static String symbolicName(Path jar) throws IOException {
        try (JarFile jf = new JarFile(jar.toFile(), false)) {
            Manifest m = jf.getManifest();
            String bsn = m == null ? null : m.getMainAttributes().getValue("Bundle-SymbolicName");
            if (bsn == null) {
                return null;
            }
            int semi = bsn.indexOf(';');
            return (semi < 0 ? bsn : bsn.substring(0, semi)).trim();
        }
    }

    public Optional<Path> find(String symbolicName) {
        return Optional.ofNullable(bySymbolicName.get(symbolicName));
    }

    public Path dir() {
        return dir;
    }
}
