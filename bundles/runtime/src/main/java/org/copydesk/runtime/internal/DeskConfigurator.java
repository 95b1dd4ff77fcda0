package org.copydesk.runtime.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.apache.felix.cm.file.ConfigurationHandler;
import org.copydesk.boot.BootException;
import org.copydesk.boot.DeskPlan;
import org.copydesk.boot.FeatureConfig;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Puts a desk's settings into ConfigAdmin: the desk folder's {@code PID.config} files, then the
 * configurations its features carry for PIDs the desk folder does not set. Desk files are stored
 * under FileInstall's file key, so FileInstall, which watches the same folder for later edits,
 * takes them as its own and does not apply them twice.
 */
final class DeskConfigurator {
    /** The property FileInstall keys its configurations by. */
    static final String FILEINSTALL_KEY = "felix.fileinstall.filename";
    /** Marks configurations that came from a feature, so a desk switch can take them back. */
    static final String FEATURE_KEY = "copydesk.feature.config";

    private final ConfigurationAdmin cm;

    DeskConfigurator(ConfigurationAdmin cm) {
        this.cm = cm;
    }

    /** Applies the plan's settings; returns the PIDs it set. */
    Set<String> apply(DeskPlan plan) throws BootException {
        Set<String> applied = new HashSet<>();
        Path folder = plan.desk().settings();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.config")) {
            for (Path f : files) {
                String pid = f.getFileName().toString().replaceFirst("\\.config$", "");
                if (pid.contains("-")) {
                    continue; // a factory configuration: FileInstall creates those itself
                }
                Hashtable<String, Object> props;
                try (InputStream in = Files.newInputStream(f)) {
                    props = read(in);
                } catch (IOException e) {
                    throw new BootException(f + ": not a valid .config file: " + e.getMessage(), e);
                }
                props.put(FILEINSTALL_KEY, f.toAbsolutePath().toUri().toString());
                update(pid, props);
                applied.add(pid);
            }
        } catch (IOException e) {
            throw new BootException(folder + ": cannot read the desk's settings: " + e.getMessage(), e);
        }
        for (FeatureConfig fc : plan.configs()) {
            if (applied.contains(fc.pid())) {
                continue;
            }
            Hashtable<String, Object> props;
            try {
                props = read(new ByteArrayInputStream(fc.body().getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new BootException(plan.features().stream().filter(f -> f.configs().contains(fc)).findFirst()
                        .map(f -> f.file() + ": feature '" + f.name() + "'").orElse("a feature")
                        + ": <config pid=\"" + fc.pid() + "\"> is not in .config format: " + e.getMessage(), e);
            }
            props.put(FEATURE_KEY, Boolean.TRUE);
            update(fc.pid(), props);
            applied.add(fc.pid());
        }
        return applied;
    }

    private static Hashtable<String, Object> read(InputStream in) throws IOException {
        @SuppressWarnings("unchecked")
        Dictionary<String, Object> d = ConfigurationHandler.read(in);
        Hashtable<String, Object> h = new Hashtable<>();
        for (Enumeration<String> keys = d.keys(); keys.hasMoreElements();) {
            String k = keys.nextElement();
            h.put(k, d.get(k));
        }
        return h;
    }

    private void update(String pid, Hashtable<String, Object> props) throws BootException {
        try {
            Configuration c = cm.getConfiguration(pid, "?");
            if (!sameAs(c.getProperties(), props)) {
                c.update(props);
            }
        } catch (IOException e) {
            throw new BootException("cannot store configuration " + pid + ": " + e.getMessage(), e);
        }
    }

    private static boolean sameAs(Dictionary<String, Object> old, Hashtable<String, Object> props) {
        if (old == null) {
            return false;
        }
        Map<String, Object> a = new TreeMap<>();
        for (Enumeration<String> keys = old.keys(); keys.hasMoreElements();) {
            String k = keys.nextElement();
            if (!k.equals("service.pid")) {
                a.put(k, old.get(k));
            }
        }
        return Objects.equals(a, new TreeMap<>(props));
    }
}
