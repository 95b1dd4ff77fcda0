package org.copydesk.shell.internal;

import org.apache.felix.gogo.jline.Shell;
import org.osgi.framework.BundleContext;

/** What Gogo's jline shell asks of its host: framework properties, and an exit that ends nothing. */
final class ShellContext implements Shell.Context {
    private final BundleContext context;

    ShellContext(BundleContext context) {
        this.context = context;
    }

    @Override
    public String getProperty(String name) {
        return context.getProperty(name);
    }

    @Override
    public void exit() {
        // the launcher stops the runtime when the shell command returns
    }
}
