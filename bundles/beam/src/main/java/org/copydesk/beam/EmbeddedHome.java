package org.copydesk.beam;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.copydesk.boot.BootException;

/**
 * The Copydesk home the job jar carries ({@code copydesk-home/}: the distribution's bundles, features
 * and config), for workers on a cluster that has no distribution: unpacked to a temporary folder,
 * removed when the worker's runtime stops, or when the JVM ends without stopping it.
 */
final class EmbeddedHome implements AutoCloseable {
    static final String ROOT = "copydesk-home/";
    private static final String MARKER = ROOT + "features/standard.xml";

    private final Path dir;
    private final Thread onExit;

    private EmbeddedHome(Path dir) {
        this.dir = dir;
        this.onExit = new Thread(() -> delete(dir), "copydesk-home-removal");
        Runtime.getRuntime().addShutdownHook(onExit);
    }

    Path dir() {
        return dir;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException e) {
            // the JVM is ending: the hook removes it
            return;
        }
        delete(dir);
    }

    /** Unpacks the home inside this jar; a BootException says what to do when there is none. */
    static EmbeddedHome unpack() throws BootException {
        URL marker = EmbeddedHome.class.getClassLoader().getResource(MARKER);
        if (marker == null || !marker.getProtocol().equals("jar")) {
            throw new BootException("no --home given, and no Copydesk home inside the job jar: pass --home=DIR, a "
                    + "Copydesk distribution that every worker can read");
        }
        Path dir = null;
        try {
            JarURLConnection c = (JarURLConnection) marker.openConnection();
            c.setUseCaches(false);
            Path jar = Path.of(c.getJarFileURL().toURI());
            dir = Files.createTempDirectory("copydesk-home-");
            try (JarFile jf = new JarFile(jar.toFile(), false)) {
                for (Enumeration<JarEntry> en = jf.entries(); en.hasMoreElements();) {
                    JarEntry e = en.nextElement();
                    if (!e.getName().startsWith(ROOT) || e.isDirectory()) {
                        continue;
                    }
                    Path to = dir.resolve(e.getName().substring(ROOT.length())).normalize();
                    if (!to.startsWith(dir)) {
                        throw new IOException("entry " + e.getName() + " leaves the home folder");
                    }
                    Files.createDirectories(to.getParent());
                    try (InputStream in = jf.getInputStream(e)) {
                        Files.copy(in, to);
                    }
                }
            }
            return new EmbeddedHome(dir);
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            delete(dir);
            throw new BootException("cannot unpack the Copydesk home inside the job jar: " + e.getMessage(), e);
        }
    }

    /** Removes a folder and what is in it; null is nothing to do. */
    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
