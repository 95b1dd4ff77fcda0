package org.copydesk.runtime.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Hashtable;

import org.copydesk.boot.BootException;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Has FileInstall watch the desk's settings folder, through FileInstall's own factory configuration
 * (one configuration, one watched folder), so an edited {@code .config} takes effect without a
 * restart and a desk switch only has to point the watcher elsewhere. The deploy folder is
 * FileInstall's main watcher, set by the launcher.
 */
final class SettingsWatcher {
    /** FileInstall's factory PID: each configuration of it is one watched folder. */
    static final String FILEINSTALL_FACTORY = "org.apache.felix.fileinstall";

    private SettingsWatcher() {
    }

    static void watch(BundleContext context, ConfigurationAdmin cm, Path folder) throws BootException {
        Hashtable<String, Object> props = new Hashtable<>();
        // FileInstall's scratch folder in this bundle's own storage, so it goes with the framework's;
        // not the deploy watcher's folder: two watchers creating one folder at once fail
        File scratch = context.getDataFile("fileinstall");
        if (scratch != null) {
            props.put("felix.fileinstall.tmpdir", scratch.getPath());
        }
        props.put("felix.fileinstall.dir", folder.toAbsolutePath().toString());
        props.put("felix.fileinstall.filter", ".*\\.config");
        props.put("felix.fileinstall.poll", "1000");
        props.put("felix.fileinstall.noInitialDelay", "true");
        props.put("felix.fileinstall.enableConfigSave", "false");
        try {
            Configuration c = cm.getFactoryConfiguration(FILEINSTALL_FACTORY, "desk-settings", "?");
            c.update(props);
        } catch (IOException e) {
            throw new BootException("cannot watch the desk settings in " + folder + ": " + e.getMessage(), e);
        }
    }
}
