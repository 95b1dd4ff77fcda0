package org.copydesk.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Waits, briefly, until FileInstall has taken in the jars already in the deploy folder when a batch
 * starts, so the first article of a batch sees the same stages as the last. A jar that cannot be read
 * (corrupt, truncated, still being copied) or is no bundle at all is said and not waited for (FileInstall
 * never takes it in); a bundle that was refused or
 * whose activator failed counts as settled at once (the framework's log has said why).
 */
final class DeployedBundles {
    private DeployedBundles() {
    }

    static void awaitSettled(BundleContext context, long timeoutMillis, PrintStream err) {
        String dir = context.getProperty("copydesk.deploy");
        if (dir == null) {
            return;
        }
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(Path.of(dir), "*.jar")) {
            for (Path p : s) {
                String unreadable = unreadable(p);
                if (unreadable == null) {
                    jars.add(p.toAbsolutePath().normalize());
                } else {
                    err.println("copydesk: " + p + ": left out of the runtime: " + unreadable);
                }
            }
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

    /** Why FileInstall would never take the jar in, or null when it is a bundle jar. */
    static String unreadable(Path jar) {
        try (JarFile j = new JarFile(jar.toFile())) {
            if (j.getManifest() == null || j.getManifest().getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME) == null) {
                return "not an OSGi bundle: its manifest names no Bundle-SymbolicName (a plain library jar is wrapped as a bundle first)";
            }
            return null;
        } catch (IOException e) {
            return "not a readable jar (corrupt, truncated, or still being copied): " + Messages.reason(e);
        }
    }

    /** Installed and started, or installed and unable to resolve (refused or missing something) or to start. */
    private static boolean settled(BundleContext context, Path jar) {
        for (Bundle b : context.getBundles()) {
            if (!jar.equals(jarOf(b.getLocation()))) {
                continue;
            }
            switch (b.getState()) {
                case Bundle.ACTIVE:
                    return true;
                case Bundle.INSTALLED:
                    return !context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(List.of(b));
                case Bundle.RESOLVED:
                    return startOrGiveUp(b);
                case Bundle.STARTING: // a lazy bundle waits for its first class load, which is fine
                    return b.getHeaders().get(Constants.BUNDLE_ACTIVATIONPOLICY) != null;
                default:
                    return false;
            }
        }
        return false;
    }

    /**
     * A resolved bundle is started now rather than when FileInstall gets round to it; a fragment never
     * starts, and one whose activator throws has failed (FileInstall's own attempt logged the cause).
     */
    private static boolean startOrGiveUp(Bundle b) {
        if (b.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
            return true;
        }
        try {
            b.start(Bundle.START_TRANSIENT);
            return b.getState() == Bundle.ACTIVE;
        } catch (BundleException | IllegalStateException e) {
            return true;
        }
    }

    private static Path jarOf(String location) {
        try {
            return location.startsWith("file:") ? Path.of(URI.create(location)).toAbsolutePath().normalize() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
