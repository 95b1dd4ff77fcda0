package org.copydesk.workbench.internal;

import java.nio.file.Path;
import java.util.Map;

import org.osgi.framework.BundleContext;

/**
 * Where a desk's workspace lives: the desk's {@code workspace} setting when it names one (relative to
 * the Copydesk home), else the user's data folder, never the distribution: rebuilding or deleting
 * Copydesk must not take the editors' work with it. The data folder is {@code copydesk.data} when
 * the runtime sets it, else {@code $XDG_DATA_HOME/copydesk}, else {@code ~/.local/share/copydesk}.
 */
final class WorkspaceLocation {
    private WorkspaceLocation() {
    }

    static Path of(BundleContext context, WorkbenchConfig config) {
        String home = context.getProperty("copydesk.home");
        Path base = Path.of(home == null ? "." : home);
        return of(base, config.workspace(), WorkspaceStore.desk(context), context.getProperty("copydesk.data"), System.getenv(),
                System.getProperty("user.home"));
    }

    static Path of(Path home, String setting, String desk, String dataProperty, Map<String, String> env, String userHome) {
        if (setting != null && !setting.isBlank()) {
            return home.resolve(setting).toAbsolutePath().normalize();
        }
        return dataFolder(dataProperty, env, userHome).resolve("workspace").resolve(desk).toAbsolutePath().normalize();
    }

    static Path dataFolder(String dataProperty, Map<String, String> env, String userHome) {
        if (dataProperty != null && !dataProperty.isBlank()) {
            return Path.of(dataProperty);
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "copydesk");
        }
        return Path.of(userHome, ".local", "share", "copydesk");
    }
}
