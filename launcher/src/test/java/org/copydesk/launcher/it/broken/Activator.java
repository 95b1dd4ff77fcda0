package org.copydesk.launcher.it.broken;

import java.io.FileNotFoundException;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** An activator that cannot start, for a cause only its own exception names. */
public final class Activator implements BundleActivator {
    @Override
    public void start(BundleContext context) {
        throw new IllegalStateException("the licence file is missing", new FileNotFoundException("/etc/copydesk-it/licence.key"));
    }

    @Override
    public void stop(BundleContext context) {
        // never started
    }
}
