package org.copydesk.runtime.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;

import org.copydesk.boot.BootException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The deploy folder: a second FileInstall watcher, made through FileInstall's own factory
 * configuration, so a bundle jar dropped in is installed and started, a removed one uninstalled, and
 * a {@code .config} file applied, all while the runtime runs.
 */
final class DeployFolder {
    /** FileInstall's factory PID: each configuration of it is one watched folder. */
    static final String FILEINSTALL_FACTORY = "org.apache.felix.fileinstall";

    private DeployFolder() {
    }

    static void watch(ConfigurationAdmin cm, Path dir) throws BootException {
        try {
            Files.createDirectories(dir);
            Hashtable<String, Object> props = new Hashtable<>();
            props.put("felix.fileinstall.dir", dir.toAbsolutePath().toString());
            props.put("felix.fileinstall.filter", ".*\\.(jar|config)");
            props.put("felix.fileinstall.poll", "500");
            props.put("felix.fileinstall.noInitialDelay", "true");
            props.put("felix.fileinstall.bundles.new.start", "true");
            props.put("felix.fileinstall.start.level", "3");
            props.put("felix.fileinstall.enableConfigSave", "false");
            Configuration c = cm.getFactoryConfiguration(FILEINSTALL_FACTORY, "deploy", "?");
            c.update(props);
        } catch (IOException e) {
            throw new BootException("cannot watch the deploy folder " + dir + ": " + e.getMessage(), e);
        }
    }
}
