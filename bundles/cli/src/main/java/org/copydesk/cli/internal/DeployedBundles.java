package org.copydesk.cli.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Waits, briefly, until FileInstall has taken in the jars already in the deploy folder when a batch
 * starts, so the first article of a batch sees the same stages as the last.
 */
final class DeployedBundles {
    private DeployedBundles() {
    }

    static void awaitSettled(BundleContext context, long timeoutMillis) {
        String dir = context.getProperty("copydesk.deploy");
        if (dir == null) {
            return;
        }
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(Path.of(dir), "*.jar")) {
            s.forEach(p -> jars.add(p.toAbsolutePath().normalize()));
        } catch (IOException e) {
            return;
        }
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!jars.isEmpty() && System.currentTimeMillis() < deadline) {
            jars.removeIf(jar -> settled(context, jar));
            if (!jars.isEmpty()) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Installed and started, or installed and unable to resolve (refused or missing something). */
    private static boolean settled(BundleContext context, Path jar) {
        for (Bundle b : context.getBundles()) {
            if (!jar.equals(jarOf(b.getLocation()))) {
                continue;
            }
            if (b.getState() == Bundle.ACTIVE) {
                return true;
            }
            if (b.getState() == Bundle.INSTALLED) {
                return !context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(List.of(b));
            }
        }
        return false;
    }

    private static Path jarOf(String location) {
        try {
            return location.startsWith("file:") ? Path.of(URI.create(location)).toAbsolutePath().normalize() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
